// corpus: path=src/routes/images.js
import express from 'express'
import sharp from 'sharp'
import path from 'node:path'
import { spawn } from 'node:child_process'
import { execa } from 'execa'

const router = express.Router()
const UPLOADS = path.resolve(process.env.UPLOAD_DIR || 'uploads')
const ALLOWED_HOSTS = new Set(['images.unsplash.com', 'cdn.example.com'])
const FORMATS = new Set(['webp', 'avif', 'jpeg', 'png'])

router.get('/resize/:name', async (req, res, next) => {
  try {
    const width = Math.min(Number.parseInt(req.query.w, 10) || 800, 2000)
    const format = FORMATS.has(req.query.fmt) ? req.query.fmt : 'webp'
    const buf = await sharp(path.join(UPLOADS, req.params.name)).resize({ width }).toFormat(format).toBuffer() // expect: path-traversal
    res.type(format).send(buf)
  } catch (err) {
    next(err)
  }
})

router.get('/resize-safe/:name', async (req, res, next) => {
  try {
    const file = path.join(UPLOADS, path.basename(req.params.name))
    const buf = await sharp(file).resize({ width: 400 }).webp().toBuffer() // ok: path-traversal
    res.type('webp').send(buf)
  } catch (err) {
    next(err)
  }
})

router.get('/remote', async (req, res, next) => {
  try {
    const upstream = await fetch(req.query.src) // expect: ssrf
    const buf = await sharp(Buffer.from(await upstream.arrayBuffer())).resize({ width: 600 }).webp().toBuffer()
    res.type('webp').send(buf)
  } catch (err) {
    next(err)
  }
})

router.get('/remote-safe', async (req, res, next) => {
  try {
    const src = new URL(String(req.query.src))
    if (src.protocol !== 'https:' || !ALLOWED_HOSTS.has(src.hostname)) return res.status(400).json({ error: 'host_not_allowed' })
    const upstream = await fetch(src) // ok: ssrf
    const buf = await sharp(Buffer.from(await upstream.arrayBuffer())).resize({ width: 600 }).webp().toBuffer()
    res.type('webp').send(buf)
  } catch (err) {
    next(err)
  }
})

router.post('/montage', async (req, res, next) => {
  try {
    const tiles = req.body.files.map((f) => path.join(UPLOADS, path.basename(f)))
    const out = path.join(UPLOADS, `montage-${Date.now()}.jpg`)
    await execa('montage', [...tiles, '-tile', `${Number(req.body.cols) || 3}x`, '-geometry', '+4+4', out]) // ok: command-injection
    res.json({ file: path.basename(out) })
  } catch (err) {
    next(err)
  }
})

router.post('/annotate', (req, res) => {
  const out = path.join(UPLOADS, `annotated-${Date.now()}.png`)
  const child = spawn('sh', ['-c', `magick ${path.join(UPLOADS, 'base.png')} -pointsize 24 -annotate +20+40 '${req.body.caption}' ${out}`]) // expect: command-injection
  child.on('close', (code) => res.status(code === 0 ? 201 : 500).json({ file: path.basename(out) }))
})

export default router
