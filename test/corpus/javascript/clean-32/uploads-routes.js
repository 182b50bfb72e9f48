// corpus: path=src/routes/uploads.js
'use strict'

const crypto = require('node:crypto')
const fs = require('node:fs/promises')
const path = require('node:path')
const express = require('express')
const multer = require('multer')
const createError = require('http-errors')
const config = require('../config')
const logger = require('../logger')
const { authenticate } = require('../middleware/auth')
const { Attachment } = require('../models')

const router = express.Router()
const UPLOAD_ROOT = path.resolve(config.storage.uploadDir)
const ALLOWED_TYPES = new Map([
  ['image/png', '.png'],
  ['image/jpeg', '.jpg'],
  ['image/webp', '.webp'],
  ['application/pdf', '.pdf'],
])

const storage = multer.diskStorage({
  destination(req, file, cb) {
    const dir = path.join(UPLOAD_ROOT, String(req.user.id))
    fs.mkdir(dir, { recursive: true }).then(() => cb(null, dir), cb)
  },
  filename(req, file, cb) {
    cb(null, crypto.randomUUID() + ALLOWED_TYPES.get(file.mimetype))
  },
})

const upload = multer({
  storage,
  limits: { fileSize: 20 * 1024 * 1024, files: 5 },
  fileFilter(req, file, cb) {
    cb(null, ALLOWED_TYPES.has(file.mimetype))
  },
})

function insideRoot(candidate) {
  const resolved = path.resolve(UPLOAD_ROOT, candidate)
  if (resolved !== UPLOAD_ROOT && !resolved.startsWith(UPLOAD_ROOT + path.sep)) {
    throw createError(404)
  }
  return resolved
}

router.use(authenticate())

router.post('/', upload.array('files', 5), async (req, res, next) => {
  try {
    const saved = []
    for (const file of req.files || []) {
      const record = await Attachment.query().insert({
        owner_id: req.user.id,
        stored_name: path.relative(UPLOAD_ROOT, file.path),
        original_name: file.originalname.slice(0, 255),
        mime_type: file.mimetype,
        size: file.size,
      })
      saved.push({ id: record.id, name: record.original_name, size: record.size })
    }
    logger.info({ userId: req.user.id, count: saved.length }, 'attachments uploaded')
    res.status(201).json({ attachments: saved })
  } catch (err) {
    next(err)
  }
})

router.get('/:id', async (req, res, next) => {
  try {
    const attachment = await Attachment.query().findOne({ id: req.params.id, owner_id: req.user.id })
    if (!attachment) throw createError(404)
    const filePath = insideRoot(attachment.stored_name)
    res.attachment(attachment.original_name)
    res.sendFile(filePath, { headers: { 'Cache-Control': 'private, max-age=300' } }) // ok: path-traversal
  } catch (err) {
    next(err)
  }
})

router.get('/preview/:name', (req, res, next) => {
  const name = path.basename(req.params.name)
  res.sendFile(name, { root: path.join(UPLOAD_ROOT, String(req.user.id)), dotfiles: 'deny' }, (err) => { // ok: path-traversal
    if (err && err.status === 404) return next(createError(404))
    if (err) return next(err)
  })
})

router.delete('/:id', async (req, res, next) => {
  try {
    const attachment = await Attachment.query().findOne({ id: req.params.id, owner_id: req.user.id })
    if (!attachment) throw createError(404)
    await fs.rm(insideRoot(attachment.stored_name), { force: true }) // ok: path-traversal
    await Attachment.query().deleteById(attachment.id)
    logger.info({ userId: req.user.id, attachmentId: attachment.id }, 'attachment deleted')
    res.status(204).end()
  } catch (err) {
    next(err)
  }
})

router.use((err, req, res, next) => {
  if (err instanceof multer.MulterError) {
    return res.status(400).json({ error: err.code })
  }
  return next(err)
})

module.exports = router
