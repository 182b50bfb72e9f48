// corpus: path=src/app.js
const express = require('express')
const cookieParser = require('cookie-parser')
const csrf = require('csurf')
const accountRoutes = require('./routes/account')
const webhookRoutes = require('./routes/webhooks')

const app = express()
app.use(cookieParser())
app.use(express.urlencoded({ extended: false }))

const csrfProtection = csrf({ cookie: { httpOnly: true, sameSite: 'strict' } })
app.use((req, res, next) => {
  if (req.path.startsWith('/webhooks/')) return next() // ok: csrf-disabled
  return csrfProtection(req, res, next)
})

app.use('/account', accountRoutes)
app.use('/webhooks', webhookRoutes)

module.exports = app
