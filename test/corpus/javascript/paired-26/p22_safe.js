// corpus: path=src/routes/reports.js
const express = require('express')
const { buildReport } = require('../reports')
const logger = require('../logger')
const router = express.Router()

router.get('/reports/:id', async (req, res) => {
  try {
    res.json(await buildReport(req.params.id, req.user))
  } catch (err) {
    logger.error({ err, reportId: req.params.id }, 'report failed')
    res.status(500).json({ error: 'internal_error' }) // ok: error-exposure
  }
})

module.exports = router
