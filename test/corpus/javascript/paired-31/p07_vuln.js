// corpus: path=src/routes/reports.js
const express = require('express')
const { buildReport } = require('../services/reports')

const router = express.Router()

function handle(fn) {
  return (req, res) => {
    Promise.resolve(fn(req, res)).catch((err) => {
      res.status(500).type('text/plain').send(err.stack) // expect: error-exposure
    })
  }
}

router.get('/reports/:id', handle(async (req, res) => {
  res.json(await buildReport(req.params.id, req.user.id))
}))

module.exports = router
