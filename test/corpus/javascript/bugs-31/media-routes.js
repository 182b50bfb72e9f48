// corpus: path=src/routes/media.js
const fs = require('fs')
const path = require('path')
const express = require('express')
const { execFileSync } = require('child_process')

const { Media, Album } = require('../models')
const storage = require('../storage')
const audit = require('../audit')

const router = express.Router()
const UPLOAD_DIR = process.env.UPLOAD_DIR || '/srv/uploads'
const WATERMARK = fs.readFileSync(path.join(__dirname, '../assets/watermark.png')) // ok: blocking-in-async

router.get('/albums/:id/cover', async (req, res) => {
  const album = await Album.findByPk(req.params.id)
  if (!album) return res.sendStatus(404)
  const cover = fs.readFileSync(path.join(UPLOAD_DIR, album.coverFile)) // expect: blocking-in-async
  res.type('image/jpeg').send(cover)
})

router.get('/albums/:id/cover-v2', async (req, res) => {
  const album = await Album.findByPk(req.params.id)
  if (!album) return res.sendStatus(404)
  res.type('image/jpeg')
  fs.createReadStream(path.join(UPLOAD_DIR, album.coverFile)).pipe(res)
})

router.post('/albums/:id/publish', async (req, res, next) => {
  try {
    const album = await Album.findByPk(req.params.id, { include: Media })
    album.media.forEach(async (item) => { // expect: async-in-loop-callback
      await storage.copyToPublic(item.storageKey)
    })
    await album.update({ published: true })
    res.json({ ok: true })
  } catch (err) {
    next(err)
  }
})

router.post('/albums/:id/publish-v2', async (req, res, next) => {
  try {
    const album = await Album.findByPk(req.params.id, { include: Media })
    await Promise.all(album.media.map((item) => storage.copyToPublic(item.storageKey)))
    await album.update({ published: true })
    res.json({ ok: true })
  } catch (err) {
    next(err)
  }
})

router.get('/albums/:id/visible', async (req, res) => {
  const album = await Album.findByPk(req.params.id, { include: Media })
  const visible = album.media.filter(async (item) => await storage.exists(item.storageKey)) // expect: async-in-loop-callback
  res.json(visible.map((item) => item.id))
})

router.post('/media/:id/thumbnail', async (req, res) => {
  const media = await Media.findByPk(req.params.id)
  if (!media) return res.sendStatus(404)
  const src = path.join(UPLOAD_DIR, media.file)
  execFileSync('convert', [src, '-thumbnail', '320x240', `${src}.thumb.jpg`]) // expect: blocking-in-async
  audit.record(req.user.id, 'thumbnail', media.id).then(() => req.log.info({ media: media.id }, 'thumbnail audited')) // expect: unhandled-promise
  res.sendStatus(204)
})

router.post('/media/:id/thumbnail-v2', async (req, res) => {
  const media = await Media.findByPk(req.params.id)
  if (!media) return res.sendStatus(404)
  await storage.enqueueThumbnail(media.id)
  audit.record(req.user.id, 'thumbnail', media.id).catch((err) => req.log.warn({ err }, 'audit failed')) // ok: unhandled-promise
  res.sendStatus(202)
})

function buildManifestSync(dir) {
  return fs.readdirSync(dir).map((name) => ({ name, size: fs.statSync(path.join(dir, name)).size })) // ok: blocking-in-async
}

router.get('/manifest', async (req, res) => {
  res.json({ watermark: WATERMARK.length, files: await storage.list() })
})

module.exports = { router, buildManifestSync }
