// corpus: path=src/routes/webhooks.js
const express = require('express')
const axios = require('axios')
const config = require('../config')

const router = express.Router()

router.post('/webhooks/test', async (req, res) => {
  const target = req.body.webhookUrl
  const response = await axios.post(target, { event: 'test', sentAt: new Date().toISOString() }) // expect: ssrf
  res.json({ status: response.status })
})

module.exports = router
