// corpus: path=src/routes/reports.js
const express = require('express')
const { buildReport } = require('../services/reports')
const logger = require('../logger')

const router = express.Router()

router.get('/reports/:id', async (req, res) => {
  try {
    res.json(await buildReport(req.params.id))
  } catch (err) {
    logger.error({ err, reportId: req.params.id }, 'report failed')
    res.status(500).json({ error: 'report could not be built' }) // ok: error-exposure
  }
})

module.exports = router
