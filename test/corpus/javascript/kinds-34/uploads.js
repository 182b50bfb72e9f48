// corpus: path=src/routes/attachments.js
import path from 'node:path'
import crypto from 'node:crypto'
import express from 'express'
import multer from 'multer'
import { Attachments } from '../db.js'

const PUBLIC_DIR = path.resolve('public/attachments')

// Attachments are public: anyone with the link can download them from /attachments/<name>.
const storage = multer.diskStorage({
  destination: PUBLIC_DIR,
  filename(req, file, cb) {
    const name = `${Date.now()}-${Math.round(Math.random() * 1e9)}${path.extname(file.originalname).toLowerCase()}` // expect: insecure-random
    cb(null, name)
  },
})

const upload = multer({ storage, limits: { fileSize: 10 * 1024 * 1024 } })
const router = express.Router()

router.post('/tickets/:id/attachments', upload.single('file'), async (req, res) => {
  const row = await Attachments.insert({
    ticketId: req.params.id,
    uploader: req.user.id,
    storedAs: req.file.filename,
    originalName: req.file.originalname,
    etag: crypto.createHash('md5').update(req.file.filename + req.file.size).digest('hex'), // ok: weak-hash
  })
  res.status(201).json({ id: row.id, url: `/attachments/${req.file.filename}` })
})

// Short codes for sharing a ticket's attachments with someone outside the helpdesk.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

function shareCode(length = 10) {
  let code = ''
  for (let i = 0; i < length; i++) code += ALPHABET.charAt(Math.floor(Math.random() * ALPHABET.length)) // expect: insecure-random
  return code
}

router.post('/tickets/:id/share', async (req, res) => {
  const code = shareCode()
  await Attachments.createShare({ ticketId: req.params.id, code, createdBy: req.user.id })
  const retryAfter = 30 + Math.floor(Math.random() * 30) // ok: insecure-random
  res.set('Retry-After', String(retryAfter)).status(201).json({ url: `${process.env.PUBLIC_URL}/s/${code}` })
})

export default router
