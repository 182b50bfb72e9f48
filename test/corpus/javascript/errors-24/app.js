// corpus: path=src/app.js
const express = require('express')
const helmet = require('helmet')
const uploads = require('./routes/uploads')
const logger = require('./lib/logger')

const app = express()
app.use(helmet())
app.use(express.json({ limit: '1mb' }))
app.use('/api', uploads)

app.get('/api/debug/ping', (req, res) => {
  try {
    res.json({ ok: true, uptime: process.uptime() })
  } catch (err) {
    res.status(500).json({ error: 'ping failed' })  // ok: error-exposure
  }
})

app.use((err, req, res, next) => {
  logger.error({ err, path: req.path }, 'unhandled error')
  const status = err.status || 500
  if (process.env.NODE_ENV !== 'production') {
    return res.status(status).json({ error: err.message, stack: err.stack })  // ok: error-exposure
  }
  res.status(status).json({ error: status === 500 ? 'Internal Server Error' : err.message })  // ok: error-exposure
})

module.exports = app
