// corpus: path=src/routes/reports.js
const express = require('express')
const { randomUUID } = require('crypto')
const logger = require('../logger')
const { buildReport } = require('../services/reports')

const router = express.Router()

function handle(fn) {
  return (req, res) => {
    Promise.resolve(fn(req, res)).catch((err) => {
      const incident = randomUUID()
      logger.error({ err, incident }, 'report request failed')
      res.status(500).type('text/plain').send(`Internal error (incident ${incident})`) // ok: error-exposure
    })
  }
}

router.get('/reports/:id', handle(async (req, res) => {
  res.json(await buildReport(req.params.id, req.user.id))
}))

module.exports = router
