// corpus: path=src/routes/attachments.js
const express = require('express')
const { readAttachment } = require('../services/attachments')

const router = express.Router()

router.get('/attachments/:id', async (req, res) => {
  const file = await readAttachment(req.params.id)
  res.setHeader('Content-Disposition', `attachment; filename="${req.query.name}"`) // expect: header-injection
  res.send(file.data)
})

module.exports = router
