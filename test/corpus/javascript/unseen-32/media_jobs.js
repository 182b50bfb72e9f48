'use strict'

const express = require('express')
const multer = require('multer')
const path = require('path')
const { exec } = require('child_process')
const gm = require('gm').subClass({ imageMagick: true })
const ffmpeg = require('fluent-ffmpeg')
const { requireLogin } = require('../middleware/auth')
const media = require('../services/media')

const router = express.Router()
const upload = multer({ dest: '/var/tmp/media-in', limits: { fileSize: 200 * 1024 * 1024 } })
const OUT_DIR = path.resolve(process.env.MEDIA_OUT || 'var/media')
const GRAVITIES = new Set(['NorthWest', 'NorthEast', 'SouthWest', 'SouthEast', 'Center'])

function clampSize(value, fallback) {
  const n = parseInt(value, 10)
  return Number.isFinite(n) && n >= 16 && n <= 4096 ? n : fallback
}

router.post('/images', requireLogin, upload.single('image'), (req, res, next) => {
  const width = clampSize(req.body.width, 1024)
  const out = path.join(OUT_DIR, `${req.file.filename}.jpg`)
  const gravity = GRAVITIES.has(req.body.gravity) ? req.body.gravity : 'SouthEast'
  gm(req.file.path) // ok: command-injection
    .resize(width)
    .gravity(gravity)
    .fontSize(18)
    .drawText(12, 12, '© example-prints')
    .quality(82)
    .write(out, async (err) => {
      if (err) return next(err)
      const row = await media.record(req.user.id, out)
      res.status(201).json({ id: row.id })
    })
})

// Batch stamping for the print shop: one caption across every page of a PDF proof.
router.post('/proofs/stamp', requireLogin, upload.single('proof'), (req, res, next) => {
  const out = path.join(OUT_DIR, `${req.file.filename}-stamped.pdf`)
  const caption = req.body.caption || 'PROOF'
  exec(`convert -density 150 "${req.file.path}" -gravity South -pointsize 24 -annotate +0+20 "${caption}" "${out}"`, { timeout: 120000 }, async (err) => { // expect: command-injection
    if (err) return next(err)
    const row = await media.record(req.user.id, out)
    res.status(201).json({ id: row.id })
  })
})

// Page count shown before the proof is stamped; multer names the temp file itself (16 random bytes
// in hex), so the path has nothing the client chose.
router.post('/proofs/inspect', requireLogin, upload.single('proof'), (req, res, next) => {
  exec(`identify -format "%n\\n" "${req.file.path}" | head -1`, (err, stdout) => { // ok: command-injection
    if (err) return next(err)
    res.json({ pages: parseInt(stdout, 10) || 0, name: req.file.originalname })
  })
})

router.post('/videos/poster', requireLogin, upload.single('video'), (req, res, next) => {
  const out = `${req.file.filename}-poster.png`
  const at = /^\d{2}:\d{2}:\d{2}$/.test(req.body.at || '') ? req.body.at : '00:00:01'
  ffmpeg(req.file.path)
    .on('end', () => res.status(201).json({ poster: out }))
    .on('error', next)
    .screenshots({ timestamps: [at], filename: out, folder: OUT_DIR, size: '640x?' })
})

router.post('/videos/clip', requireLogin, upload.single('video'), (req, res, next) => {
  const out = path.join(OUT_DIR, `${req.file.filename}-clip.mp4`)
  exec(`ffmpeg -y -i "${req.file.path}" -ss ${req.body.start} -t ${req.body.duration} -c copy "${out}"`, async (err) => { // expect: command-injection
    if (err) return next(err)
    const row = await media.record(req.user.id, out)
    res.status(201).json({ id: row.id, name: req.file.originalname })
  })
})

module.exports = router
