// Google Cloud Function (2nd gen) serving resized product images from the media bucket.
const functions = require('@google-cloud/functions-framework')
const { Storage } = require('@google-cloud/storage')
const sharp = require('sharp')
const fs = require('node:fs/promises')
const os = require('node:os')
const path = require('node:path')

const storage = new Storage()
const bucket = storage.bucket(process.env.MEDIA_BUCKET)
const WIDTHS = new Set([64, 128, 256, 512, 1024])
const PARTNER_CDN = 'https://cdn.partner-images.example.net/'

functions.http('thumbnail', async (req, res) => {
  const width = Number.parseInt(req.query.w, 10)
  if (!WIDTHS.has(width)) {
    res.status(400).send('unsupported width')
    return
  }
  // Marketplace listings point at the seller's own image host instead of our bucket.
  if (req.query.src) {
    const upstream = await fetch(req.query.src) // expect: ssrf
    const out = await sharp(Buffer.from(await upstream.arrayBuffer())).resize({ width }).webp({ quality: 80 }).toBuffer()
    res.type('image/webp').send(out)
    return
  }
  if (req.query.partner) {
    const upstream = await fetch(new URL(`images/${encodeURIComponent(String(req.query.partner))}`, PARTNER_CDN)) // ok: ssrf
    const out = await sharp(Buffer.from(await upstream.arrayBuffer())).resize({ width }).webp({ quality: 80 }).toBuffer()
    res.type('image/webp').send(out)
    return
  }
  const key = `products/${String(req.query.sku).replace(/[^A-Za-z0-9-]/g, '')}.jpg`
  const [exists] = await bucket.file(key).exists()
  if (!exists) {
    res.status(404).send(`no image for ${req.query.sku}`) // expect: xss
    return
  }
  const cached = path.join(os.tmpdir(), req.query.sku + '-' + width + '.webp')
  try {
    res.set('Cache-Control', 'public, max-age=86400')
    res.type('image/webp').send(await fs.readFile(cached)) // expect: path-traversal
    return
  } catch {
    // not cached on this instance yet
  }
  const [original] = await bucket.file(key).download()
  const out = await sharp(original).resize({ width }).webp({ quality: 80 }).toBuffer()
  await fs.writeFile(path.join(os.tmpdir(), `${path.basename(key, '.jpg')}-${width}.webp`), out) // ok: path-traversal
  res.set('Cache-Control', 'public, max-age=86400')
  res.type('image/webp').send(out)
})

functions.http('healthz', (req, res) => {
  res.send('ok')
})
