// corpus: path=src/routes/attachments.js
const express = require('express')
const contentDisposition = require('content-disposition')
const { readAttachment } = require('../services/attachments')

const router = express.Router()

router.get('/attachments/:id', async (req, res) => {
  const file = await readAttachment(req.params.id)
  res.setHeader('Content-Disposition', contentDisposition(String(req.query.name || file.name))) // ok: header-injection
  res.send(file.data)
})

module.exports = router
