// corpus: path=src/public-api.js
const express = require('express')
const cors = require('cors')

const app = express()

app.use(cors({ origin: true, credentials: true })) // expect: permissive-cors

app.get('/v1/status', cors(), (req, res) => { // ok: permissive-cors
  res.json({ status: 'ok' })
})

app.use((req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*') // expect: permissive-cors
  res.setHeader('Access-Control-Allow-Credentials', 'true')
  next()
})

app.use('/v1', require('./routes/v1'))

module.exports = app
