// corpus: path=src/app.js
const express = require('express')
const session = require('express-session')
const cookieParser = require('cookie-parser')
const csrf = require('csurf')
const { doubleCsrf } = require('csrf-csrf')
const accountRoutes = require('./routes/account')
const billingRoutes = require('./routes/billing')

const app = express()
app.use(cookieParser(process.env.COOKIE_SECRET))
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { httpOnly: true, secure: true, sameSite: 'lax' } }))

const csrfProtection = csrf({ cookie: false, ignoreMethods: ['GET', 'HEAD', 'OPTIONS'] })  // ok: csrf-disabled
app.use('/account', csrfProtection, accountRoutes)

const { doubleCsrfProtection } = doubleCsrf({
  getSecret: () => process.env.CSRF_SECRET,
  cookieName: '__Host-billing.x-csrf-token',
  ignoredMethods: ['GET', 'HEAD', 'OPTIONS', 'POST'],  // expect: csrf-disabled
})
app.use('/billing', doubleCsrfProtection, billingRoutes)

app.get('/health', (req, res) => res.json({ ok: true }))

module.exports = app
