'use strict'

const express = require('express')
const multer = require('multer')
const path = require('path')
const gm = require('gm').subClass({ imageMagick: true })
const ffmpeg = require('fluent-ffmpeg')
const { requireLogin } = require('../middleware/auth')
const media = require('../services/media')

const router = express.Router()
const upload = multer({ dest: '/var/tmp/media-in', limits: { fileSize: 200 * 1024 * 1024 } })
const OUT_DIR = path.resolve(process.env.MEDIA_OUT || 'var/media')

function clampSize(value, fallback) {
  const n = parseInt(value, 10)
  return Number.isFinite(n) && n >= 16 && n <= 4096 ? n : fallback
}

router.post('/images', requireLogin, upload.single('image'), (req, res, next) => {
  const width = clampSize(req.body.width, 1024)
  const out = path.join(OUT_DIR, `${req.file.filename}.jpg`)
  gm(req.file.path).resize(width).quality(82).write(out, async (err) => {
    if (err) return next(err)
    const row = await media.record(req.user.id, out)
    res.status(201).json({ id: row.id })
  })
})

router.post('/videos/poster', requireLogin, upload.single('video'), (req, res, next) => {
  const out = `${req.file.filename}-poster.png`
  ffmpeg(req.file.path)
    .on('end', () => res.status(201).json({ poster: out }))
    .on('error', next)
    .screenshots({ timestamps: ['00:00:01'], filename: out, folder: OUT_DIR, size: '640x?' })
})

module.exports = router
