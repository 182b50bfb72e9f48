// corpus: path=src/app.js
const express = require('express')
const session = require('express-session')
const csurf = require('csurf')
const accountRoutes = require('./routes/account')

const app = express()
app.use(express.urlencoded({ extended: false }))
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }))
app.use(csurf({ ignoreMethods: ['GET', 'HEAD', 'OPTIONS'] })) // ok: csrf-disabled
app.use('/account', accountRoutes)

module.exports = app
