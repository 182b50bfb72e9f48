// corpus: path=server/routes/uploads.js
const express = require('express')
const multer = require('multer')
const fs = require('fs')
const path = require('path')
const unzipper = require('unzipper')
const crypto = require('crypto')

const router = express.Router()
const UPLOAD_DIR = path.resolve(__dirname, '../../uploads')
const upload = multer({ dest: path.join(UPLOAD_DIR, 'tmp'), limits: { fileSize: 20 * 1024 * 1024 } })

router.post('/files', upload.single('file'), (req, res) => {
  const target = path.join(UPLOAD_DIR, req.body.folder || '', req.file.originalname)
  fs.renameSync(req.file.path, target) // expect: path-traversal
  res.status(201).json({ path: path.relative(UPLOAD_DIR, target) })
})

router.post('/avatars', upload.single('avatar'), (req, res) => {
  const ext = path.extname(req.file.originalname).toLowerCase()
  if (!['.png', '.jpg', '.jpeg'].includes(ext)) return res.status(400).json({ error: 'bad type' })
  const name = `${crypto.randomUUID()}${ext}`
  fs.renameSync(req.file.path, path.join(UPLOAD_DIR, 'avatars', name)) // ok: path-traversal
  res.status(201).json({ name })
})

router.post('/bundles', upload.single('bundle'), async (req, res) => {
  const dest = path.join(UPLOAD_DIR, 'bundles', crypto.randomUUID())
  const zip = fs.createReadStream(req.file.path).pipe(unzipper.Parse({ forceStream: true }))
  for await (const entry of zip) {
    const out = path.join(dest, entry.path)
    entry.pipe(fs.createWriteStream(out)) // expect: path-traversal
  }
  res.status(201).json({ dest: path.basename(dest) })
})

router.post('/bundles/safe', upload.single('bundle'), async (req, res) => {
  const dest = path.join(UPLOAD_DIR, 'bundles', crypto.randomUUID())
  const zip = fs.createReadStream(req.file.path).pipe(unzipper.Parse({ forceStream: true }))
  for await (const entry of zip) {
    const out = path.resolve(dest, entry.path)
    if (!out.startsWith(dest + path.sep)) {
      entry.autodrain()
      continue
    }
    entry.pipe(fs.createWriteStream(out)) // ok: path-traversal
  }
  res.status(201).json({ dest: path.basename(dest) })
})

router.get('/files/:name', (req, res) => {
  res.sendFile(req.params.name, { root: UPLOAD_DIR }) // ok: path-traversal
})

router.get('/raw', (req, res) => {
  res.sendFile(path.join(UPLOAD_DIR, req.query.file)) // expect: path-traversal
})

router.delete('/files/:name', (req, res) => {
  const name = path.basename(req.params.name)
  fs.unlink(path.join(UPLOAD_DIR, name), (err) => { // ok: path-traversal
    if (err) return res.status(404).json({ error: 'not found' })
    res.status(204).end()
  })
})

module.exports = router
