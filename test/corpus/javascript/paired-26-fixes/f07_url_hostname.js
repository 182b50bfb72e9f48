// corpus: path=src/routes/images.js
const express = require('express')
const { request } = require('undici')
const router = express.Router()
const IMAGE_HOSTS = new Set(['images.unsplash.com', 'cdn.example.com'])

router.get('/img', async (req, res) => {
  const { body, headers } = await request(req.query.src) // expect: ssrf
  res.type(headers['content-type'] || 'application/octet-stream')
  body.pipe(res)
})

router.get('/v2/img', async (req, res) => {
  let src
  try {
    src = new URL(req.query.src)
  } catch {
    return res.sendStatus(400)
  }
  if (src.protocol !== 'https:' || !IMAGE_HOSTS.has(src.hostname)) return res.sendStatus(400)
  const { body, headers } = await request(src) // ok: ssrf
  res.type(headers['content-type'] || 'application/octet-stream')
  body.pipe(res)
})

module.exports = router
