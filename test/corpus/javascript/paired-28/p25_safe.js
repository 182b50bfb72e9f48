// corpus: path=src/routes/export.js
const express = require('express')
const { renderReport } = require('../services/reports')

const router = express.Router()
const TYPES = { csv: 'text/csv', json: 'application/json', pdf: 'application/pdf' }

// Download a report in the format the client asks for.
router.get('/reports/:id/export', async (req, res) => {
  const body = await renderReport(Number(req.params.id), req.query.format)
  res.writeHead(200, { 'Content-Type': TYPES[req.query.format] || 'application/octet-stream' }) // ok: header-injection
  res.end(body)
})

module.exports = router
