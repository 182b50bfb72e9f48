const crypto = require('node:crypto')
const fs = require('node:fs/promises')
const path = require('node:path')
const express = require('express')
const multer = require('multer')
const { Attachment } = require('../models')
const { requireUser } = require('../middleware/auth')

const router = express.Router()
const UPLOAD_DIR = path.resolve(process.env.UPLOAD_DIR || 'var/uploads')
const upload = multer({ dest: path.join(UPLOAD_DIR, 'tmp'), limits: { fileSize: 20 * 1024 * 1024 } })

function keyFor(userId, original) {
  const ext = path.extname(original).toLowerCase().replace(/[^.a-z0-9]/g, '')
  return path.join(String(userId), `${crypto.randomUUID()}${ext}`)
}

router.post('/', requireUser, upload.single('file'), async (req, res, next) => {
  try {
    if (!req.file) return res.status(400).json({ error: 'no file' })
    const folder = req.body.folder || 'inbox'
    const key = keyFor(req.user.id, req.file.originalname)
    const target = path.join(UPLOAD_DIR, key)
    await fs.mkdir(path.dirname(target), { recursive: true })
    await fs.rename(req.file.path, target)
    const attachment = await Attachment.create({
      userId: req.user.id,
      key,
      folder,
      name: req.file.originalname,
      size: req.file.size,
      mime: req.file.mimetype,
    })
    res.status(201).json({ id: attachment.id, name: attachment.name })
  } catch (err) {
    next(err)
  }
})

router.get('/:id', requireUser, async (req, res, next) => {
  try {
    const attachment = await Attachment.findOne({ where: { id: req.params.id, userId: req.user.id } })
    if (!attachment) return res.sendStatus(404)
    const disposition = req.query.inline === '1' ? 'inline' : 'attachment'
    res.setHeader('Content-Disposition', `${disposition}; filename="${attachment.name}"`)
    res.sendFile(path.join(UPLOAD_DIR, attachment.key))
  } catch (err) {
    next(err)
  }
})

router.get('/by-name/:name', requireUser, async (req, res, next) => {
  try {
    const folder = req.query.folder || 'inbox'
    const file = path.join(UPLOAD_DIR, String(req.user.id), req.params.name)
    const attachment = await Attachment.findOne({ where: { userId: req.user.id, folder, key: path.relative(UPLOAD_DIR, file) } })
    if (!attachment) return res.sendStatus(404)
    res.download(file, attachment.name)
  } catch (err) {
    next(err)
  }
})

router.get('/:id/preview', requireUser, async (req, res, next) => {
  try {
    const attachment = await Attachment.findOne({ where: { id: req.params.id, userId: req.user.id } })
    if (!attachment) return res.sendStatus(404)
    const title = req.query.title || attachment.name
    res.send(`<!doctype html><title>${title}</title><img src="/attachments/${attachment.id}?inline=1" alt="">`)
  } catch (err) {
    next(err)
  }
})

router.delete('/:id', requireUser, async (req, res, next) => {
  try {
    const attachment = await Attachment.findOne({ where: { id: req.params.id, userId: req.user.id } })
    if (!attachment) return res.sendStatus(404)
    await fs.rm(path.join(UPLOAD_DIR, attachment.key), { force: true })
    await attachment.destroy()
    res.sendStatus(204)
  } catch (err) {
    next(err)
  }
})

module.exports = router
