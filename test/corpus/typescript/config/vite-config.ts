// corpus: path=vite.config.ts
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  return {
    plugins: [react()],
    server: {
      port: 5173,
      cors: true, // ok: permissive-cors
      proxy: {
        '/api': { target: env.API_URL ?? 'http://localhost:8787', changeOrigin: true }, // ok: cleartext-http
      },
    },
    build: { sourcemap: mode !== 'production', target: 'es2022' },
    define: { __APP_VERSION__: JSON.stringify(process.env.npm_package_version) },
  };
});
