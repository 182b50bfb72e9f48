// corpus: path=src/routes/files.js
const express = require('express')
const { readAttachment } = require('../storage')

const router = express.Router()

const DOWNLOAD_TYPES = {
  csv: 'text/csv',
  pdf: 'application/pdf',
  zip: 'application/zip',
}

router.get('/attachments/:id', async (req, res) => {
  const file = await readAttachment(req.params.id, req.user.id)
  res.setHeader('Content-Type', DOWNLOAD_TYPES[req.query.type] || 'application/octet-stream') // ok: header-injection
  res.send(file.body)
})

module.exports = router
