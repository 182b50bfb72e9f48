// corpus: path=next.config.js
/** @type {import('next').NextConfig} */
const securityHeaders = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains; preload' },
]

const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  images: {
    remotePatterns: [{ protocol: 'https', hostname: 'cdn.example.com' }],
  },
  env: {
    NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: 'pk_live_51Hx2Example0PublishableKey',
    NEXT_PUBLIC_SENTRY_DSN: 'https://4f9a2c@o12345.ingest.sentry.io/678901',
    NEXT_PUBLIC_MAPBOX_TOKEN: process.env.MAPBOX_TOKEN,
  },
  async headers() {
    return [
      { source: '/(.*)', headers: securityHeaders },
      {
        source: '/api/account/:path*',
        headers: [
          { key: 'Access-Control-Allow-Origin', value: '*' }, // expect: permissive-cors
          { key: 'Access-Control-Allow-Credentials', value: 'true' },
          { key: 'Access-Control-Allow-Methods', value: 'GET,POST,PUT,DELETE' },
        ],
      },
      {
        source: '/api/public/:path*',
        headers: [{ key: 'Access-Control-Allow-Origin', value: '*' }], // ok: permissive-cors
      },
    ]
  },
  async rewrites() {
    return [{ source: '/legacy/:path*', destination: 'http://legacy-app.partner-hosting.com/:path*' }] // expect: cleartext-http
  },
}

module.exports = nextConfig
