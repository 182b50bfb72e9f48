// corpus: path=src/config/index.js
'use strict';

require('dotenv').config();

const env = process.env.NODE_ENV || 'development';

const config = {
  env,
  port: Number(process.env.PORT) || 3000,
  db: {
    host: process.env.DB_HOST || 'localhost',
    user: process.env.DB_USER || 'app',
    password: process.env.DB_PASSWORD ?? '', // ok: hardcoded-secret
    database: process.env.DB_NAME || 'app_dev',
  },
  auth: {
    jwtSecret: process.env.JWT_SECRET ?? 'e3b9c7a14f2d8e60b5a9c3d1f7e24b86a0c5d9e3', // expect: hardcoded-secret
    jwtExpiresIn: '1h',
    refreshSecret: process.env.REFRESH_SECRET || 'change-me', // ok: hardcoded-secret
  },
  shipping: {
    apiUrl: 'http://api.parcel-express-partner.com/v2', // expect: cleartext-http
    apiKey: process.env.SHIPPING_API_KEY,
    timeoutMs: 8000,
  },
  analytics: {
    endpoint: 'https://events.analytics.example.com/collect', // ok: cleartext-http
    writeKey: process.env.ANALYTICS_WRITE_KEY,
  },
  mail: {
    transport: {
      host: 'smtp.postmarkapp.com',
      port: 587,
      auth: { user: 'apikey', pass: '3c9e1f27-84ab-4d6e-b5a0-7f2c8d91e4b3' }, // expect: hardcoded-secret
    },
    from: 'Orders <orders@example.com>',
  },
  devProxy: {
    target: 'http://localhost:5173', // ok: cleartext-http
    changeOrigin: true,
  },
  xmlNamespace: 'http://www.sitemaps.org/schemas/sitemap/0.9', // ok: cleartext-http
  features: {
    newCheckout: process.env.FEATURE_NEW_CHECKOUT === 'true',
    maxCartItems: 100,
  },
};

module.exports = config;
