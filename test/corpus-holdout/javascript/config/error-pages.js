// corpus: path=src/app.js
const express = require('express')
const morgan = require('morgan')
const errorhandler = require('errorhandler')
const http = require('node:http')
const { router } = require('./routes')

const app = express()
app.use(morgan(process.env.NODE_ENV === 'production' ? 'combined' : 'dev'))
app.use(express.json())
app.use('/api', router)

app.use(errorhandler({ log: true })) // expect: debug-mode

app.use((err, req, res, _next) => {
  res.status(err.status || 500).send(`<pre>${err.stack}</pre>`) // expect: debug-mode
})

function reportToCollector(event) {
  const body = JSON.stringify({ ...event, apiKey: process.env.COLLECTOR_KEY })
  const req = http.request('http://collector.example.com/v1/events', { method: 'POST', headers: { 'content-type': 'application/json' } }) // expect: cleartext-http
  req.end(body)
}

app.post('/api/session', (req, res) => {
  res.cookie('sid', req.body.sid, { httpOnly: true }) // expect: insecure-cookie
  res.cookie('consent', 'yes', { secure: true, sameSite: 'lax' }) // ok: insecure-cookie
  res.json({ ok: true })
})

module.exports = { app, reportToCollector }
