// corpus: path=src/config.js
'use strict'

require('dotenv').config()

const path = require('node:path')

const env = process.env.NODE_ENV || 'development'
const isProd = env === 'production'
const isTest = env === 'test'

function required(name) {
  const value = process.env[name]
  if (!value) {
    throw new Error(`Missing required environment variable ${name}`)
  }
  return value
}

function bool(name, fallback) {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  return ['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())
}

function int(name, fallback) {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const n = Number.parseInt(raw, 10)
  if (Number.isNaN(n)) throw new Error(`${name} must be an integer`)
  return n
}

function list(name, fallback) {
  return (process.env[name] || fallback).split(',').map((s) => s.trim()).filter(Boolean)
}

const config = {
  env,
  isProd,
  isTest,
  port: int('PORT', 3000),
  logLevel: process.env.LOG_LEVEL || (isProd ? 'info' : 'debug'),
  publicUrl: process.env.PUBLIC_URL || 'http://localhost:3000', // ok: cleartext-http
  trustProxy: bool('TRUST_PROXY', isProd),

  db: {
    client: 'pg',
    connection: process.env.DATABASE_URL || 'postgres://shop:shop@localhost:5432/shop_dev', // ok: hardcoded-secret
    pool: { min: int('DB_POOL_MIN', 2), max: int('DB_POOL_MAX', 10) },
  },

  redis: {
    url: process.env.REDIS_URL || 'redis://127.0.0.1:6379/0',
    keyPrefix: 'shop:',
  },

  session: {
    name: 'shop.sid',
    secret: isProd ? required('SESSION_SECRET') : process.env.SESSION_SECRET || 'dev-session-secret-change-me', // ok: hardcoded-secret
    maxAgeMs: int('SESSION_MAX_AGE_MS', 1000 * 60 * 60 * 24 * 7),
    cookie: {
      httpOnly: true,
      secure: bool('COOKIE_SECURE', isProd), // ok: insecure-cookie
      sameSite: 'lax',
    },
  },

  cors: {
    origins: list('CORS_ORIGINS', 'http://localhost:5173,http://localhost:3000'),
    credentials: true,
  },

  stripe: {
    publishableKey: process.env.STRIPE_PUBLISHABLE_KEY || 'pk_test_51H8xYzAbCdEfGhIjKlMnOpQrStUvWxYz0123456789', // ok: hardcoded-secret
    secretKey: process.env.STRIPE_SECRET_KEY,
    webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
    apiVersion: '2024-04-10',
  },

  mail: {
    host: process.env.SMTP_HOST || 'localhost',
    port: int('SMTP_PORT', 1025),
    secure: bool('SMTP_SECURE', false),
    auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined,
    from: 'Shop <orders@shop.example.com>',
  },

  uploads: {
    dir: process.env.UPLOAD_DIR || path.join(__dirname, '..', 'var', 'uploads'),
    maxBytes: int('UPLOAD_MAX_BYTES', 10 * 1024 * 1024),
    allowedTypes: ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'],
  },

  rateLimit: {
    windowMs: 60_000,
    max: int('RATE_LIMIT_MAX', isProd ? 120 : 10_000),
  },

  jwt: {
    issuer: 'https://auth.shop.example.com/',
    audience: 'shop-api',
    jwksUri: 'https://auth.shop.example.com/.well-known/jwks.json',
    algorithms: ['RS256'],
  },

  sentry: {
    dsn: process.env.SENTRY_DSN || '',
    tracesSampleRate: Number(process.env.SENTRY_TRACES_SAMPLE_RATE || '0.1'),
  },

  features: {
    newCheckout: bool('FEATURE_NEW_CHECKOUT', !isProd),
    guestCheckout: bool('FEATURE_GUEST_CHECKOUT', true),
  },
}

if (isProd && config.session.secret.length < 32) {
  throw new Error('SESSION_SECRET must be at least 32 characters in production')
}

module.exports = Object.freeze(config)
