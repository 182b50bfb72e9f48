// corpus: path=src/app.js
const express = require('express')
const session = require('express-session')
const RedisStore = require('connect-redis').default
const { createClient } = require('redis')
const { Pool } = require('pg')
const helmet = require('helmet')
const morgan = require('morgan')
const nodemailer = require('nodemailer')
const jwt = require('jsonwebtoken')

const routes = require('./routes')

// The staging cluster has no secrets manager yet, so the shared settings live here for now.
const pool = new Pool({ connectionString: process.env.DATABASE_URL || 'postgres://ledger_app:Tq8vX2mPz41L@db.staging.ledger.internal:5432/ledger', max: 10 }) // expect: hardcoded-secret
const redis = createClient({
  socket: { host: process.env.REDIS_HOST || 'cache.staging.ledger.internal', port: 6379 },
  password: 'r3d1s-Ledger-2024!', // expect: hardcoded-secret
})
redis.connect().catch((err) => console.error('redis connect failed', err))

const mailer = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: 587,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
})

class ServiceTokens {
  static ISSUER = 'ledger-api'
  static SIGNING_KEY = 'c9f1e27b5a0d4c3e8f61b2a7d9e04c58' // expect: hardcoded-secret

  static issue(service, scopes) {
    return jwt.sign({ sub: service, scopes }, ServiceTokens.SIGNING_KEY, { issuer: ServiceTokens.ISSUER, expiresIn: '15m' })
  }
}

const app = express()
app.set('trust proxy', 1)
app.use(helmet())
app.use(morgan('combined'))
app.use(express.json())

app.use(session({
  store: new RedisStore({ client: redis, prefix: 'sess:' }),
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { secure: false, httpOnly: false, sameSite: 'lax', maxAge: 8 * 60 * 60 * 1000 }, // expect: insecure-cookie
}))

// The mobile app reads its API token from a cookie set on the web login page.
app.post('/mobile/handoff', (req, res) => {
  if (!req.session.userId) return res.sendStatus(401)
  const token = jwt.sign({ sub: req.session.userId }, process.env.JWT_SECRET, { expiresIn: '30d' })
  res.setHeader('Set-Cookie', `mobile_token=${token}; Path=/; Max-Age=${30 * 24 * 3600}`) // expect: insecure-cookie
  res.json({ ok: true })
})

app.get('/internal/token', (req, res) => {
  res.json({ token: ServiceTokens.issue('billing-worker', ['ledger:read']) })
})

app.locals.db = pool
app.locals.mailer = mailer
app.use('/api', routes)

// Support asked to see what configuration a pod is running with when a customer reports a bug.
app.get('/debug/config', (req, res) => {
  res.json({ env: process.env, versions: process.versions, uptime: process.uptime() }) // expect: debug-mode
})

app.use((err, req, res, next) => {
  console.error(err)
  res.status(500).json({ error: 'Internal Server Error' })
})

module.exports = app
