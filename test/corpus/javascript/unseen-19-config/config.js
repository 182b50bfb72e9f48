// corpus: path=src/config.js
'use strict';

require('dotenv').config();

const env = process.env.NODE_ENV || 'development';
const isProduction = env === 'production';

function list(value, fallback) {
  if (!value) return fallback;
  return value.split(',').map((item) => item.trim()).filter(Boolean);
}

module.exports = {
  env,
  isProduction,
  port: Number(process.env.PORT) || 3000,
  redisUrl: process.env.REDIS_URL || 'redis://localhost:6379',
  databaseUrl: process.env.DATABASE_URL || 'postgres://postgres:postgres@localhost:5432/shipyard_dev', // ok: hardcoded-secret
  sessionSecret: process.env.SESSION_SECRET,
  corsOrigins: list(process.env.CORS_ORIGINS, ['http://localhost:5173']),
  jwt: {
    secret: process.env.JWT_SECRET || 'Zr8Tq2Vx5Nm1Lk7Hw4Bc9Df3Gs6Jp0Ya', // expect: hardcoded-secret
    issuer: 'shipyard',
    expiresIn: '15m',
  },
  mailer: {
    host: process.env.SMTP_HOST || 'localhost',
    port: Number(process.env.SMTP_PORT) || 1025,
    user: process.env.SMTP_USER,
    pass: process.env.SMTP_PASS || '', // ok: hardcoded-secret
  },
  shipping: {
    baseUrl: process.env.SHIPPING_API_URL || 'http://api.parcelroute.com/v3', // expect: cleartext-http
    apiKey: process.env.SHIPPING_API_KEY || '<your parcelroute key>', // ok: hardcoded-secret
    sandboxUrl: 'http://localhost:4010', // ok: cleartext-http
  },
  analytics: {
    writeKey: 'YOUR_SEGMENT_WRITE_KEY', // ok: hardcoded-secret
    sampleRate: 0.1,
  },
  algolia: {
    appId: 'Q7XK2M9PLD',
    searchOnlyKey: process.env.ALGOLIA_SEARCH_KEY,
    adminKey: '4c7e9a1f3b8d2e6a0c5f9b3d7e1a4c8f', // expect: hardcoded-secret
  },
  schema: 'http://json-schema.org/draft-07/schema#', // ok: cleartext-http
};
