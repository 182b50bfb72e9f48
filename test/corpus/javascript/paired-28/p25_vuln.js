// corpus: path=src/routes/export.js
const express = require('express')
const { renderReport } = require('../services/reports')

const router = express.Router()

// Download a report in the format the client asks for.
router.get('/reports/:id/export', async (req, res) => {
  const body = await renderReport(Number(req.params.id), req.query.format)
  res.writeHead(200, { 'Content-Type': req.query.contentType }) // expect: header-injection
  res.end(body)
})

module.exports = router
