// corpus: path=src/routes/attachments.js
const express = require('express')
const path = require('path')

const ATTACHMENTS = path.resolve(__dirname, '../../storage/attachments')
const router = express.Router()

router.get('/attachments/:ticket/:file', (req, res) => {
  const file = path.resolve(ATTACHMENTS, req.params.ticket, req.params.file)
  if (!file.startsWith(ATTACHMENTS + path.sep)) return res.status(400).json({ error: 'bad_path' })
  res.sendFile(file) // ok: path-traversal
})

module.exports = router
