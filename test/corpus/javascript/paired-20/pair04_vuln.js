// corpus: path=src/routes/status.js
const express = require('express')
const axios = require('axios')

const router = express.Router()

router.get('/status/check', async (req, res) => {
  const endpoints = [req.query.endpoint, 'https://status.example.com/api/v2/summary.json']
  const { data } = await axios.get(endpoints[0], { timeout: 3000 }) // expect: ssrf
  res.json({ ok: true, data })
})

module.exports = router
