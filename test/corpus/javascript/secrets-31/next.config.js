// corpus: path=next.config.js
/** @type {import('next').NextConfig} */
const { withSentryConfig } = require('@sentry/nextjs');

const nextConfig = {
  reactStrictMode: true,
  images: {
    remotePatterns: [{ protocol: 'https', hostname: 'images.ctfassets.net' }],
  },
  env: {
    // Exposed to the browser: InstantSearch queries the index directly with a search-only key.
    NEXT_PUBLIC_ALGOLIA_APP_ID: 'K7QX2LZ9WP',
    NEXT_PUBLIC_ALGOLIA_SEARCH_KEY: '3f9c2a7e1b4d6f8a0c5e21b7d94a6e3c', // ok: hardcoded-secret
    NEXT_PUBLIC_POSTHOG_KEY: 'phc_q8Lm2Rt7Wn4Bp8Yc1Hf6Js0Gz5UeDk3Xq9vLm2Rt7W', // ok: hardcoded-secret
    NEXT_PUBLIC_MAPBOX_TOKEN: 'pk.eyJ1IjoiZmllbGRub3RlIiwiYSI6ImNsdjJ4cTlrMDBhN3Eya3BnZGF3eHZ0b2sifQ.Yc1Hf6Js0Gz5UeDk3Xq9vA', // ok: hardcoded-secret
    NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: 'pk_live_51Ox7QkLm2Rt7Wn4Bp8Yc1Hf6Js0Gz5UeDk3Xq9vLm2Rt7Wn4Bp8Yc1Hf6Js0Gz5Ue00Qm7vL2', // ok: hardcoded-secret
  },
  serverRuntimeConfig: {
    // Read by getServerSideProps only; never sent to the client.
    contentfulManagementToken: 'CFPAT-Xk7pQ2mLrT9vWn4Bc8Yd1Hf6Js0Gz5UeDk3Xq9vLm2', // expect: hardcoded-secret
    revalidateSecret: 'Dpcvcv7m34bHbAzibDFj6qfbjJ65Zepm', // expect: hardcoded-secret
  },
  async redirects() {
    return [
      { source: '/forgot-password', destination: '/auth/reset-password', permanent: true }, // ok: hardcoded-secret
      { source: '/signin', destination: '/login', permanent: true },
    ];
  },
  async headers() {
    return [
      {
        source: '/(.*)',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
    ];
  },
};

module.exports = withSentryConfig(nextConfig, {
  org: 'fieldnote',
  project: 'web',
  authToken: process.env.SENTRY_AUTH_TOKEN,
  silent: true,
});
