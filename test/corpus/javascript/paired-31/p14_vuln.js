// corpus: path=src/routes/images.js
const express = require('express')
const sharp = require('sharp')

const router = express.Router()

async function resize(job) {
  const upstream = await fetch(job.src, { redirect: 'error' }) // expect: ssrf
  const input = Buffer.from(await upstream.arrayBuffer())
  return sharp(input).resize(job.width).webp().toBuffer()
}

router.get('/img', async (req, res) => {
  const job = { src: req.query.src, width: Math.min(Number(req.query.w) || 640, 2048) }
  res.type('image/webp').send(await resize(job))
})

module.exports = router
