// corpus: path=src/routes/files.js
const express = require('express')
const { readAttachment } = require('../storage')

const router = express.Router()

router.get('/attachments/:id', async (req, res) => {
  const file = await readAttachment(req.params.id, req.user.id)
  res.setHeader('Content-Type', req.query.type || file.mimeType) // expect: header-injection
  res.send(file.body)
})

module.exports = router
