// corpus: path=src/config/index.js
'use strict'

const fs = require('node:fs')
const path = require('node:path')
require('dotenv').config({ path: process.env.DOTENV_PATH || path.resolve(__dirname, '../../.env') })

const env = process.env.NODE_ENV || 'development'
const isProd = env === 'production'

function required(name) {
  const value = process.env[name]
  if (!value && isProd) {
    throw new Error(`Missing required environment variable ${name}`)
  }
  return value
}

function int(name, fallback) {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number.parseInt(raw, 10)
  if (Number.isNaN(value)) throw new Error(`${name} must be an integer`)
  return value
}

function list(name, fallback) {
  return (process.env[name] || fallback).split(',').map((s) => s.trim()).filter(Boolean)
}

function readKey(name, fileVar) {
  if (process.env[fileVar]) return fs.readFileSync(process.env[fileVar], 'utf8')
  return (process.env[name] || '').replace(/\\n/g, '\n')
}

const config = {
  env,
  isProd,
  port: int('PORT', 3000),
  baseUrl: process.env.BASE_URL || `http://localhost:${int('PORT', 3000)}`, // ok: cleartext-http
  trustProxy: int('TRUST_PROXY_HOPS', isProd ? 1 : 0),
  logLevel: process.env.LOG_LEVEL || (isProd ? 'info' : 'debug'),

  db: {
    client: 'pg',
    connection: process.env.DATABASE_URL || 'postgres://changelog:changelog@localhost:5432/changelog_dev', // ok: hardcoded-secret
    pool: { min: int('DB_POOL_MIN', 2), max: int('DB_POOL_MAX', 10) },
  },

  redis: {
    url: process.env.REDIS_URL || 'redis://127.0.0.1:6379/0',
  },

  session: {
    secret: required('SESSION_SECRET') || 'dev-session-secret-change-me', // ok: hardcoded-secret
    name: 'sid',
    cookie: {
      secure: isProd,
      httpOnly: true,
      sameSite: 'lax',
      maxAge: int('SESSION_MAX_AGE_MS', 12 * 60 * 60 * 1000),
    },
  },

  jwt: {
    issuer: process.env.JWT_ISSUER || 'https://changelog.example.dev',
    audience: process.env.JWT_AUDIENCE || 'changelog-api',
    privateKey: readKey('JWT_PRIVATE_KEY', 'JWT_PRIVATE_KEY_FILE'),
    publicKey: readKey('JWT_PUBLIC_KEY', 'JWT_PUBLIC_KEY_FILE'),
  },

  github: {
    appId: int('GITHUB_APP_ID', 0),
    clientId: process.env.GITHUB_CLIENT_ID || 'Iv1.8a61f9b3a7aba766',
    clientSecret: required('GITHUB_CLIENT_SECRET'),
    privateKey: readKey('GITHUB_APP_PRIVATE_KEY', 'GITHUB_APP_PRIVATE_KEY_FILE'),
    webhookSecret: required('GITHUB_WEBHOOK_SECRET'),
  },

  mail: {
    from: process.env.MAIL_FROM || 'Changelog Bot <bot@changelog.example.dev>',
    smtpUrl: process.env.SMTP_URL || 'smtp://localhost:1025',
  },

  storage: {
    uploadDir: process.env.UPLOAD_DIR || path.resolve(__dirname, '../../var/uploads'),
    publicBucket: process.env.PUBLIC_BUCKET || 'changelog-public-assets',
  },

  cors: {
    origins: list('CORS_ORIGINS', isProd ? 'https://changelog.example.dev' : 'http://localhost:5173'), // ok: permissive-cors
    credentials: true,
  },

  rateLimit: {
    windowMs: int('RATE_LIMIT_WINDOW_MS', 60_000),
    max: int('RATE_LIMIT_MAX', 120),
  },

  features: {
    aiSummaries: process.env.FEATURE_AI_SUMMARIES === 'true',
    slackDigest: process.env.FEATURE_SLACK_DIGEST !== 'false',
  },
}

if (!isProd) {
  config.debugRoutes = true // ok: debug-mode
}

module.exports = Object.freeze(config)
