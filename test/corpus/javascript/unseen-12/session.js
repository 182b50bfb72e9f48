// corpus: path=server/app.js
const express = require('express')
const session = require('express-session')
const cors = require('cors')
const crypto = require('crypto')
const helmet = require('helmet')
const ordersRouter = require('./routes/orders')

const app = express()

app.use(helmet())
app.use(cors({ origin: true, credentials: true })) // expect: permissive-cors
app.use(express.json({ limit: '1mb' }))

app.use(
  session({
    secret: 'orders-session-secret-2019', // expect: hardcoded-secret
    resave: false,
    saveUninitialized: false,
    cookie: { secure: false, httpOnly: true, maxAge: 86400000 }, // expect: insecure-cookie
  }),
)

function newApiToken() {
  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2) // expect: insecure-random
}

function requestId() {
  return crypto.randomUUID()
}

function jitter(ms) {
  return ms + Math.floor(Math.random() * 250) // ok: insecure-random
}

function hashPassword(password, salt) {
  return crypto.createHash('sha1').update(salt + password).digest('hex') // expect: weak-hash
}

function cacheKey(url) {
  return crypto.createHash('md5').update(url).digest('hex') // ok: weak-hash
}

app.use((req, res, next) => {
  req.id = requestId()
  res.setHeader('X-Request-Id', req.id)
  next()
})

app.post('/api/tokens', (req, res) => {
  res.cookie('remember', newApiToken(), { httpOnly: true, secure: true, sameSite: 'lax' }) // also: insecure-random
  res.status(201).end()
})

app.use('/orders', ordersRouter)

app.listen(process.env.PORT || 3000, () => {
  setTimeout(() => {}, jitter(100))
})

module.exports = { app, hashPassword, cacheKey }
