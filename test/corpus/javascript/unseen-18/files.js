// corpus: path=server/routes/files.js
'use strict'

const express = require('express')
const path = require('path')
const fs = require('fs/promises')
const { exec, execFile } = require('child_process')
const multer = require('multer')
const { requireUser } = require('../middleware/auth')
const { Document } = require('../models')

const router = express.Router()
const UPLOAD_DIR = path.resolve(__dirname, '..', '..', 'uploads')
const upload = multer({ dest: UPLOAD_DIR, limits: { fileSize: 10 * 1024 * 1024 } })

router.use(requireUser)

router.get('/', async (req, res) => {
  const docs = await Document.findAll({ where: { ownerId: req.user.id }, order: [['createdAt', 'DESC']] })
  res.json(docs.map((d) => ({ id: d.id, name: d.originalName, size: d.size })))
})

router.post('/', upload.single('file'), async (req, res) => {
  const doc = await Document.create({
    ownerId: req.user.id,
    storedName: req.file.filename,
    originalName: req.file.originalname,
    size: req.file.size,
  })
  res.status(201).json({ id: doc.id })
})

router.get('/raw/:name', (req, res) => {
  const file = path.join(UPLOAD_DIR, req.params.name)
  res.sendFile(file) // expect: path-traversal
})

router.get('/:id/download', async (req, res) => {
  const doc = await Document.findOne({ where: { id: req.params.id, ownerId: req.user.id } })
  if (!doc) return res.status(404).json({ error: 'not found' })
  res.download(path.join(UPLOAD_DIR, doc.storedName), doc.originalName) // ok: path-traversal
})

router.get('/preview/:name', (req, res) => {
  res.sendFile(req.params.name, { root: UPLOAD_DIR }) // ok: path-traversal
})

router.delete('/:id', async (req, res) => {
  const doc = await Document.findOne({ where: { id: req.params.id, ownerId: req.user.id } })
  if (!doc) return res.status(404).end()
  await fs.unlink(path.join(UPLOAD_DIR, doc.storedName)).catch(() => {})
  await doc.destroy()
  res.status(204).end()
})

router.post('/convert', (req, res) => {
  const { name, format } = req.body
  exec(`libreoffice --headless --convert-to ${format} ${path.join(UPLOAD_DIR, name)}`, (err, stdout) => { // expect: command-injection
    if (err) return res.status(500).json({ error: 'conversion failed' })
    res.json({ output: stdout })
  })
})

router.post('/thumbnail', async (req, res) => {
  const doc = await Document.findOne({ where: { id: req.body.id, ownerId: req.user.id } })
  if (!doc) return res.status(404).end()
  execFile('convert', [path.join(UPLOAD_DIR, doc.storedName) + '[0]', '-resize', '200x200', '-'], { encoding: 'buffer' }, (err, stdout) => { // ok: command-injection
    if (err) return res.status(500).end()
    res.type('png').send(stdout)
  })
})

router.get('/back', (req, res) => {
  const target = req.query.returnTo
  res.redirect(target) // expect: open-redirect
})

router.get('/back-safe', (req, res) => {
  const target = String(req.query.returnTo || '/')
  const local = target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\')
  res.redirect(local ? target : '/') // ok: open-redirect
})

module.exports = router
