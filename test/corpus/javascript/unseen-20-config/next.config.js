// corpus: path=next.config.js
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  env: {
    NEXT_PUBLIC_STRIPE_KEY: 'pk_live_51NqZxKLm3vT8hR2yWc4pJd7sF0gB9aQeX6uV1nM5kH8tY2rE4wA7zC3bD9fG1jK0lP', // ok: hardcoded-secret
    NEXT_PUBLIC_SITE_URL: process.env.SITE_URL || 'http://localhost:3000', // ok: cleartext-http
    STRIPE_SECRET_KEY: 'sk_live_X7l0dZkwwMMaGezA9qzzXvKH', // expect: hardcoded-secret
  },
  images: {
    remotePatterns: [{ protocol: 'https', hostname: 'cdn.shopwave.io' }],
  },
  async rewrites() {
    return [
      { source: '/api/reviews/:path*', destination: 'http://api.reviewsio-partner.com/v1/:path*' }, // expect: cleartext-http
      { source: '/api/:path*', destination: 'http://localhost:4000/:path*' }, // ok: cleartext-http
    ];
  },
  async headers() {
    return [
      {
        source: '/api/:path*',
        headers: [
          { key: 'Access-Control-Allow-Origin', value: '*' }, // expect: permissive-cors
          { key: 'Access-Control-Allow-Credentials', value: 'true' },
          { key: 'Access-Control-Allow-Methods', value: 'GET,POST,PUT,DELETE' },
        ],
      },
      {
        source: '/fonts/:path*',
        headers: [{ key: 'Access-Control-Allow-Origin', value: '*' }], // ok: permissive-cors
      },
    ];
  },
};

module.exports = nextConfig;
