// corpus: path=next.config.js
/** @type {import('next').NextConfig} */
const securityHeaders = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains; preload' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Content-Security-Policy', value: "default-src 'self'; img-src 'self' data: https://images.tally.example.com" },
];

const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  productionBrowserSourceMaps: false,
  images: {
    remotePatterns: [{ protocol: 'https', hostname: 'images.tally.example.com' }],
  },
  env: {
    NEXT_PUBLIC_POSTHOG_KEY: 'phc_Xw7Kq2Lm9Rt4Vb8Zn1Jc6Hd3Fs5Gy0Pe2Ua', // ok: hardcoded-secret
    NEXT_PUBLIC_API_BASE: 'https://api.tally.example.com',
  },
  serverRuntimeConfig: {
    internalApiToken: 'e4c9a2f7b1d8360e5a9c2f7b4d1e8a36', // expect: hardcoded-secret
  },
  async headers() {
    return [
      { source: '/(.*)', headers: securityHeaders },
      {
        source: '/api/embed/:path*',
        headers: [
          { key: 'Access-Control-Allow-Origin', value: '*' }, // ok: permissive-cors
          { key: 'Access-Control-Allow-Methods', value: 'GET' },
        ],
      },
    ];
  },
  async rewrites() {
    return [{ source: '/ingest/:path*', destination: 'https://eu.i.posthog.com/:path*' }];
  },
};

module.exports = nextConfig;
