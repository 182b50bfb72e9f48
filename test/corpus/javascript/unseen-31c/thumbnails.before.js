// Google Cloud Function (2nd gen) serving resized product images from the media bucket.
const functions = require('@google-cloud/functions-framework')
const { Storage } = require('@google-cloud/storage')
const sharp = require('sharp')

const storage = new Storage()
const bucket = storage.bucket(process.env.MEDIA_BUCKET)
const WIDTHS = new Set([64, 128, 256, 512, 1024])

functions.http('thumbnail', async (req, res) => {
  const width = Number.parseInt(req.query.w, 10)
  if (!WIDTHS.has(width)) {
    res.status(400).send('unsupported width')
    return
  }
  const key = `products/${String(req.query.sku).replace(/[^A-Za-z0-9-]/g, '')}.jpg`
  const [exists] = await bucket.file(key).exists()
  if (!exists) {
    res.status(404).send('not found')
    return
  }
  const [original] = await bucket.file(key).download()
  const out = await sharp(original).resize({ width }).webp({ quality: 80 }).toBuffer()
  res.set('Cache-Control', 'public, max-age=86400')
  res.type('image/webp').send(out)
})

functions.http('healthz', (req, res) => {
  res.send('ok')
})
