// corpus: path=src/routes/images.js
const express = require('express')
const sharp = require('sharp')

const router = express.Router()
const IMAGE_HOSTS = new Set(['cdn.example-shop.com', 'images.example-shop.com'])

async function resize(job) {
  const upstream = await fetch(job.src, { redirect: 'error' }) // ok: ssrf
  const input = Buffer.from(await upstream.arrayBuffer())
  return sharp(input).resize(job.width).webp().toBuffer()
}

router.get('/img', async (req, res) => {
  let src
  try {
    src = new URL(String(req.query.src))
  } catch {
    return res.sendStatus(400)
  }
  if (src.protocol !== 'https:' || !IMAGE_HOSTS.has(src.hostname)) return res.sendStatus(400)
  const job = { src: src.href, width: Math.min(Number(req.query.w) || 640, 2048) }
  res.type('image/webp').send(await resize(job))
})

module.exports = router
