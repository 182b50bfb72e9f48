// corpus: path=src/app.js
const express = require('express')
const cors = require('cors')
const session = require('express-session')

const app = express()
app.use(cors({ origin: (origin, callback) => callback(null, true), credentials: true })) // expect: permissive-cors
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }))
app.use('/api', require('./routes'))

module.exports = app
