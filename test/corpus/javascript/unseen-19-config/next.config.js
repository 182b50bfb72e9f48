// corpus: path=next.config.js
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  images: {
    remotePatterns: [{ protocol: 'https', hostname: 'cdn.shipyard.dev' }],
  },
  env: {
    NEXT_PUBLIC_TRACKING_API: 'http://track.parcelroute.com/v1', // expect: cleartext-http
    NEXT_PUBLIC_MAPS_KEY: process.env.MAPS_KEY,
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
      {
        source: '/api/partner/:path*',
        headers: [
          { key: 'Access-Control-Allow-Origin', value: '*' }, // expect: permissive-cors
          { key: 'Access-Control-Allow-Credentials', value: 'true' },
          { key: 'Access-Control-Allow-Methods', value: 'GET,POST,OPTIONS' },
        ],
      },
      {
        source: '/api/status',
        headers: [{ key: 'Access-Control-Allow-Origin', value: '*' }], // ok: permissive-cors
      },
    ];
  },
  async rewrites() {
    return [
      { source: '/docs/:path*', destination: 'https://docs.shipyard.dev/:path*' },
      { source: '/legacy/:path*', destination: 'http://localhost:8080/:path*' }, // ok: cleartext-http
    ];
  },
};

module.exports = nextConfig;
