// corpus: path=src/routes/uploads.js
const express = require('express')
const busboy = require('busboy')
const fs = require('fs')
const path = require('path')

const router = express.Router()
const UPLOAD_DIR = path.resolve('/srv/app/uploads')

router.post('/uploads', (req, res) => {
  const bb = busboy({ headers: req.headers, limits: { fileSize: 10 * 1024 * 1024 } })
  bb.on('file', (field, stream, info) => {
    const target = path.resolve(UPLOAD_DIR, info.filename)
    if (!target.startsWith(UPLOAD_DIR + path.sep)) {
      stream.resume()
      return
    }
    stream.pipe(fs.createWriteStream(target)) // ok: path-traversal
  })
  bb.on('close', () => res.status(201).json({ ok: true }))
  req.pipe(bb)
})

module.exports = router
