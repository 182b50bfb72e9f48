// corpus: path=src/routes/upload.js
const Busboy = require('busboy')
const path = require('path')
const fs = require('fs')
const { randomUUID } = require('crypto')
const os = require('os')

const INBOX = path.resolve(process.env.INBOX_DIR || './data/inbox')
const ALLOWED_EXT = new Set(['.pdf', '.png', '.jpg', '.csv'])

function handleUpload(req, res) {
  const bb = Busboy({ headers: req.headers, limits: { fileSize: 20 * 1024 * 1024, files: 5 } })
  const saved = []
  bb.on('file', (field, file, info) => {
    const target = path.join(INBOX, req.user.id, info.filename)
    file.pipe(fs.createWriteStream(target)) // expect: path-traversal
    saved.push(info.filename)
  })
  bb.on('close', () => res.json({ saved }))
  req.pipe(bb)
}

function handleSafeUpload(req, res) {
  const bb = Busboy({ headers: req.headers, limits: { fileSize: 20 * 1024 * 1024, files: 5 } })
  const saved = []
  bb.on('file', (field, file, info) => {
    const ext = path.extname(info.filename).toLowerCase()
    if (!ALLOWED_EXT.has(ext)) return file.resume()
    const stored = `${randomUUID()}${ext}`
    file.pipe(fs.createWriteStream(path.join(INBOX, req.user.id, stored))) // ok: path-traversal
    saved.push({ stored, original: info.filename })
  })
  bb.on('close', () => res.json({ saved }))
  req.pipe(bb)
}

function handleScratch(req, res) {
  const bb = Busboy({ headers: req.headers })
  bb.on('file', (field, file, info) => {
    const scratch = path.join(os.tmpdir(), `import-${Date.now()}.csv`)
    file.pipe(fs.createWriteStream(scratch)) // expect: insecure-temp-file
    file.on('end', () => res.json({ scratch: path.basename(scratch) }))
  })
  req.pipe(bb)
}

function handleScratchSafe(req, res) {
  const bb = Busboy({ headers: req.headers })
  bb.on('file', (field, file, info) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-'))
    const scratch = path.join(dir, 'upload.csv')
    file.pipe(fs.createWriteStream(scratch, { flags: 'wx', mode: 0o600 })) // ok: insecure-temp-file
    file.on('end', () => res.json({ ok: true }))
  })
  req.pipe(bb)
}

module.exports = { handleUpload, handleSafeUpload, handleScratch, handleScratchSafe }
