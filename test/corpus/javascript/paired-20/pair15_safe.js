// corpus: path=src/routes/previews.js
const express = require('express')
const fetch = require('node-fetch')

const ALLOWED_HOSTS = ['images.example.com', 'cdn.example.com']
const router = express.Router()

router.get('/previews', async (req, res) => {
  let url
  try {
    url = new URL(req.query.src)
  } catch {
    return res.status(400).json({ error: 'bad url' })
  }
  if (!ALLOWED_HOSTS.includes(url.hostname)) {
    return res.status(400).json({ error: 'host not allowed' })
  }
  const upstream = await fetch(url) // ok: ssrf
  res.type(upstream.headers.get('content-type') || 'application/octet-stream')
  upstream.body.pipe(res)
})

module.exports = router
