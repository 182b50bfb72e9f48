// corpus: path=src/api/files.js
const express = require('express')
const fs = require('fs')
const path = require('path')
const sanitize = require('sanitize-filename')

const router = express.Router()
const STORAGE = path.resolve(process.env.STORAGE_DIR || './storage')

router.get('/download', (req, res) => {
  const file = req.query.file
  res.sendFile(path.join(STORAGE, file)) // expect: path-traversal
})

router.get('/download/:name', (req, res) => {
  res.sendFile(req.params.name, { root: STORAGE, dotfiles: 'deny' }) // ok: path-traversal
})

router.get('/preview', (req, res) => {
  const target = path.resolve(STORAGE, req.query.file || '')
  if (!target.startsWith(STORAGE + path.sep)) return res.status(400).send('bad path')
  fs.createReadStream(target).pipe(res) // ok: path-traversal
})

router.get('/raw', (req, res) => {
  const stream = fs.createReadStream(`${STORAGE}/${req.query.file}`) // expect: path-traversal
  stream.on('error', () => res.status(404).end())
  stream.pipe(res)
})

router.post('/upload', express.raw({ limit: '5mb', type: '*/*' }), (req, res) => {
  const name = sanitize(req.headers['x-filename'] || 'upload.bin')
  fs.writeFileSync(path.join(STORAGE, name), req.body) // ok: path-traversal
  res.status(201).json({ name })
})

router.delete('/files', (req, res) => {
  const name = req.body.name
  fs.unlink(path.join(STORAGE, name), (err) => { // expect: path-traversal
    if (err) return res.status(404).end()
    res.status(204).end()
  })
})

router.get('/logs/:day', (req, res) => {
  const day = req.params.day
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return res.status(400).end()
  res.download(path.join(STORAGE, 'logs', `${day}.log`)) // ok: path-traversal
})

module.exports = router
