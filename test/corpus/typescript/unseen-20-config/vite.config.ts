// corpus: path=vite.config.ts
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  return {
    plugins: [react()],
    define: {
      __API_BASE__: JSON.stringify(env.VITE_API_BASE ?? 'http://localhost:8000'), // ok: cleartext-http
      __APP_VERSION__: JSON.stringify(process.env.npm_package_version),
    },
    server: {
      port: 5173,
      cors: true, // ok: permissive-cors
      proxy: {
        '/api': { target: 'http://127.0.0.1:8000', changeOrigin: true }, // ok: cleartext-http
        '/graphql': { target: 'http://api.gqlhost-partners.com', changeOrigin: true, secure: false }, // expect: cleartext-http
      },
    },
    build: { sourcemap: mode !== 'production' },
  };
});
