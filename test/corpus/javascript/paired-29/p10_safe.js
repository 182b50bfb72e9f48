// corpus: path=src/routes/reports.js
const express = require('express')
const logger = require('../logger')
const { buildReport } = require('../reports')

const router = express.Router()

router.get('/reports/:id', async (req, res) => {
  try {
    res.json(await buildReport(req.params.id, req.user))
  } catch (err) {
    logger.error({ err }, 'report build failed')
    res.status(500).send('Report could not be built') // ok: error-exposure
  }
})

module.exports = router
