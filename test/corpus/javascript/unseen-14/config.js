// corpus: path=src/config.js
const path = require('path')

const env = process.env.NODE_ENV || 'development'

module.exports = {
  env,
  port: Number(process.env.PORT) || 3000,
  logFormat: env === 'production' ? 'combined' : 'dev',
  redis: {
    url: process.env.REDIS_URL || 'redis://localhost:6379',
  },
  database: {
    host: process.env.PGHOST || 'localhost',
    port: Number(process.env.PGPORT) || 5432,
    user: process.env.PGUSER || 'orders',
    password: process.env.PGPASSWORD || 'postgres', // ok: hardcoded-secret
    database: process.env.PGDATABASE || 'orders',
  },
  session: {
    secret: process.env.SESSION_SECRET || 'b7e4c1a9f03d5e8b2a6c4f1d9e07b3a5', // expect: hardcoded-secret
    ttlSeconds: 60 * 60 * 8,
  },
  jwt: {
    issuer: 'orders-api',
    audience: 'orders-web',
    secret: process.env.JWT_SECRET, // ok: hardcoded-secret
    expiresIn: '15m',
  },
  services: {
    inventory: { baseUrl: 'https://inventory.internal.example.com', timeoutMs: 5000 },
    shipping: { baseUrl: 'http://api.shipfast-partners.com/v2', timeoutMs: 8000 }, // expect: cleartext-http
    telemetry: { baseUrl: 'http://localhost:4318', timeoutMs: 1000 }, // ok: cleartext-http
  },
  webhooks: [
    { event: 'order.created', url: 'https://hooks.example.com/orders' },
    { event: 'order.refunded', url: 'http://erp.retail-partner.net/hooks/refunds' }, // expect: cleartext-http
  ],
  uploads: {
    dir: path.join(__dirname, '..', 'uploads'),
    maxBytes: 10 * 1024 * 1024,
    allowed: ['image/png', 'image/jpeg', 'application/pdf'],
  },
  i18n: {
    defaultLocale: 'en',
    labels: { password: 'Password', token: 'Access token', apiKey: 'API key' },
  },
}
