// corpus: path=src/routes/attachments.js
const express = require('express')
const path = require('path')

const ROOT = path.resolve(process.env.ATTACHMENT_ROOT || '/srv/attachments')
const router = express.Router()

router.get('/attachments', (req, res) => {
  const full = path.resolve(ROOT, String(req.query.path))
  console.info('attachment %s requested by %s', full, req.user.id)
  res.sendFile(full) // expect: path-traversal
})

module.exports = router
