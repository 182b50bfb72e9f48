// corpus: path=src/app.js
const express = require('express')
const session = require('express-session')
const cors = require('cors')
const helmet = require('helmet')
const https = require('https')
const axios = require('axios')

const app = express()
const isProd = process.env.NODE_ENV === 'production'

app.use(helmet())
app.use(express.json({ limit: '1mb' }))
app.use(cors({ origin: (origin, cb) => cb(null, origin), credentials: true })) // expect: permissive-cors
app.use('/public-api', cors({ origin: '*' })) // ok: permissive-cors

app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: isProd, sameSite: 'lax', maxAge: 8 * 60 * 60 * 1000 }, // ok: insecure-cookie
  }),
)

const inventory = axios.create({
  baseURL: process.env.INVENTORY_URL,
  httpsAgent: new https.Agent({ rejectUnauthorized: false }), // expect: tls-verify-disabled
  timeout: 4000,
})

const billing = axios.create({
  baseURL: process.env.BILLING_URL,
  httpsAgent: new https.Agent({ ca: process.env.BILLING_CA, rejectUnauthorized: true }), // ok: tls-verify-disabled
  timeout: 4000,
})

app.post('/login/remember', (req, res) => {
  res.cookie('remember_token', req.body.token, { maxAge: 30 * 24 * 3600 * 1000 }) // expect: insecure-cookie
  res.status(204).end()
})

app.post('/prefs/theme', (req, res) => {
  const theme = req.body.theme === 'dark' ? 'dark' : 'light'
  res.cookie('theme', theme, { maxAge: 365 * 24 * 3600 * 1000, sameSite: 'lax' }) // ok: insecure-cookie
  res.status(204).end()
})

app.get('/inventory/:sku', async (req, res) => {
  const { data } = await inventory.get(`/items/${encodeURIComponent(req.params.sku)}`) // ok: ssrf
  res.json(data)
})

app.get('/billing/status', async (req, res) => {
  const { data } = await billing.get('/status')
  res.json(data)
})

app.use('/reports', require('./routes/reports'))
app.use('/rules', require('./routes/rules'))
app.use('/webhooks', require('./routes/webhooks'))

app.use((err, req, res, next) => {
  console.error(err)
  res.status(500).json({ error: { code: 'internal_error', message: isProd ? 'Internal error' : err.message } })
})

module.exports = app
