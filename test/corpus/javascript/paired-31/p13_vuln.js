// corpus: path=src/routes/uploads.js
const express = require('express')
const busboy = require('busboy')
const fs = require('fs')
const path = require('path')

const router = express.Router()
const UPLOAD_DIR = '/srv/app/uploads'

router.post('/uploads', (req, res) => {
  const bb = busboy({ headers: req.headers, limits: { fileSize: 10 * 1024 * 1024 } })
  bb.on('file', (field, stream, info) => {
    const target = path.join(UPLOAD_DIR, info.filename)
    stream.pipe(fs.createWriteStream(target)) // expect: path-traversal
  })
  bb.on('close', () => res.status(201).json({ ok: true }))
  req.pipe(bb)
})

module.exports = router
