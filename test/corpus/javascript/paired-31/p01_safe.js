// corpus: path=src/app.js
const express = require('express')
const session = require('express-session')
const { csrfSync } = require('csrf-sync')
const accountRoutes = require('./routes/account')

const app = express()
app.use(express.urlencoded({ extended: false }))
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }))

const { csrfSynchronisedProtection } = csrfSync({
  ignoredMethods: ['GET', 'HEAD', 'OPTIONS'], // ok: csrf-disabled
  getTokenFromRequest: (req) => req.body._csrf,
})
app.use(csrfSynchronisedProtection)
app.use('/account', accountRoutes)

module.exports = app
