// corpus: path=src/app.js
const express = require('express')
const cookieParser = require('cookie-parser')
const routes = require('./routes')

const app = express()

app.use(express.json())
app.use(cookieParser(process.env.COOKIE_SECRET)) // ok: hardcoded-secret
app.use('/api', routes)

module.exports = app
