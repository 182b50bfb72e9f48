// corpus: path=src/routes/attachments.js
const express = require('express')
const path = require('path')

const ATTACHMENTS = path.resolve(__dirname, '../../storage/attachments')
const router = express.Router()

router.get('/attachments/:ticket/:file', (req, res) => {
  const file = path.join(ATTACHMENTS, req.params.ticket, req.params.file)
  res.sendFile(file) // expect: path-traversal
})

module.exports = router
