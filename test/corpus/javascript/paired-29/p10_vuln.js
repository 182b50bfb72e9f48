// corpus: path=src/routes/reports.js
const express = require('express')
const { buildReport } = require('../reports')

const router = express.Router()

router.get('/reports/:id', async (req, res) => {
  try {
    res.json(await buildReport(req.params.id, req.user))
  } catch (err) {
    res.status(500).send(err.stack) // expect: error-exposure
  }
})

module.exports = router
