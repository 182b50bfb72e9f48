const express = require('express')
const helmet = require('helmet')
const uploads = require('./routes/uploads')
const logger = require('./lib/logger')

const app = express()
app.use(helmet())
app.use(express.json({ limit: '1mb' }))
app.use('/api', uploads)

app.use((err, req, res, next) => {
  logger.error({ err, path: req.path }, 'unhandled error')
  res.status(500).json({ error: 'Internal Server Error' })
})

module.exports = app
