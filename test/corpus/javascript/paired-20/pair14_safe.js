// corpus: path=src/routes/attachments.js
const express = require('express')
const path = require('path')

const ROOT = path.resolve(process.env.ATTACHMENT_ROOT || '/srv/attachments')
const router = express.Router()

router.get('/attachments', (req, res) => {
  const full = path.resolve(ROOT, String(req.query.path))
  if (!full.startsWith(ROOT + path.sep)) {
    return res.status(400).json({ error: 'invalid path' })
  }
  res.sendFile(full) // ok: path-traversal
})

module.exports = router
