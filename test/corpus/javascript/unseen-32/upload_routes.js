// corpus: path=server/routes/uploads.js
'use strict'

const express = require('express')
const fileUpload = require('express-fileupload')
const path = require('path')
const fs = require('fs')
const crypto = require('crypto')
const { exec, execFile } = require('child_process')
const { promisify } = require('util')
const sharp = require('sharp')
const { requireLogin } = require('../middleware/auth')
const db = require('../db')

const execFileAsync = promisify(execFile)
const router = express.Router()
const UPLOAD_DIR = path.resolve(process.env.UPLOAD_DIR || 'var/uploads')
const IMAGE_TYPES = { 'image/png': '.png', 'image/jpeg': '.jpg', 'image/webp': '.webp' }

// express-fileupload keeps the client's file name in `name` as sent in the multipart part; only
// `tempFilePath` and `md5` are the server's own.
router.use(fileUpload({ useTempFiles: true, tempFileDir: '/var/tmp/uploads', limits: { fileSize: 20 * 1024 * 1024 }, abortOnLimit: true }))
router.use(requireLogin)

router.post('/documents', async (req, res, next) => {
  try {
    const doc = req.files && req.files.document
    if (!doc) return res.status(400).json({ error: 'No file' })
    const dest = path.join(UPLOAD_DIR, String(req.user.id), doc.name)
    await doc.mv(dest) // expect: path-traversal
    const row = await db.one('INSERT INTO documents (owner_id, name, size) VALUES ($1, $2, $3) RETURNING id', [req.user.id, doc.name, doc.size])
    res.status(201).json({ id: row.id })
  } catch (err) {
    next(err)
  }
})

router.post('/avatar', async (req, res, next) => {
  try {
    const file = req.files && req.files.avatar
    const ext = file && IMAGE_TYPES[file.mimetype]
    if (!ext) return res.status(400).json({ error: 'PNG, JPEG or WebP only' })
    const name = `${req.user.id}-${crypto.randomBytes(8).toString('hex')}${ext}`
    await file.mv(path.join(UPLOAD_DIR, 'avatars', name)) // ok: path-traversal
    await sharp(path.join(UPLOAD_DIR, 'avatars', name)).resize(256, 256).toFile(path.join(UPLOAD_DIR, 'avatars', `thumb-${name}`))
    await db.none('UPDATE users SET avatar = $1 WHERE id = $2', [name, req.user.id])
    res.json({ avatar: `/media/avatars/${name}` })
  } catch (err) {
    next(err)
  }
})

// Photos lose their EXIF block (GPS position, device serial) before they are shared.
router.post('/photos', (req, res) => {
  const photo = req.files && req.files.photo
  if (!photo) return res.status(400).json({ error: 'No file' })
  exec(`exiftool -all= -overwrite_original "${photo.tempFilePath}" && mv "${photo.tempFilePath}" "${UPLOAD_DIR}/photos/${photo.name}"`, (err) => { // expect: command-injection
    if (err) return res.status(500).json({ error: 'Could not process photo' })
    res.status(201).json({ stored: true })
  })
})

router.post('/v2/photos', async (req, res, next) => {
  try {
    const photo = req.files && req.files.photo
    if (!photo) return res.status(400).json({ error: 'No file' })
    await execFileAsync('exiftool', ['-all=', '-overwrite_original', photo.tempFilePath]) // ok: command-injection
    const stored = `${photo.md5}${path.extname(photo.name).toLowerCase().replace(/[^.a-z0-9]/g, '')}`
    await fs.promises.rename(photo.tempFilePath, path.join(UPLOAD_DIR, 'photos', stored))
    res.status(201).json({ stored })
  } catch (err) {
    next(err)
  }
})

router.get('/documents/:id/download', async (req, res, next) => {
  try {
    const doc = await db.oneOrNone('SELECT owner_id, name FROM documents WHERE id = $1 AND owner_id = $2', [req.params.id, req.user.id])
    if (!doc) return res.sendStatus(404)
    res.download(path.join(UPLOAD_DIR, String(doc.owner_id), path.basename(doc.name)), doc.name) // ok: path-traversal
  } catch (err) {
    next(err)
  }
})

router.delete('/scratch', (req, res) => {
  const dir = path.join(UPLOAD_DIR, 'scratch', String(req.user.id))
  fs.rm(dir, { recursive: true, force: true }, () => {
    fs.mkdirSync(dir, { recursive: true })
    // the converter runs as its own user and writes its output here
    fs.chmodSync(dir, 0o777) // expect: insecure-permissions
    fs.chmodSync(path.join(UPLOAD_DIR, 'scratch'), 0o750) // ok: insecure-permissions
    res.sendStatus(204)
  })
})

module.exports = router
