// corpus: path=next.config.ts
import type { NextConfig } from 'next'

const config: NextConfig = {
  reactStrictMode: true,
  productionBrowserSourceMaps: true, // expect: debug-mode
  images: { remotePatterns: [{ protocol: 'https', hostname: 'images.example.com' }] },
  async headers() {
    return [
      {
        source: '/api/:path*',
        headers: [
          { key: 'Access-Control-Allow-Origin', value: '*' }, // expect: permissive-cors
          { key: 'Access-Control-Allow-Credentials', value: 'true' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
        ],
      },
    ]
  },
  async rewrites() {
    return [{ source: '/legacy/:path*', destination: 'http://legacy.example.com/:path*' }] // expect: cleartext-http
  },
}

export default config
