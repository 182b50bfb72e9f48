// corpus: path=src/routes/reports.js
const express = require('express')
const { buildReport } = require('../services/reports')

const router = express.Router()

router.get('/reports/:id', async (req, res) => {
  try {
    res.json(await buildReport(req.params.id))
  } catch (err) {
    res.status(500).json({ error: err.message, stack: err.stack }) // expect: error-exposure
  }
})

module.exports = router
