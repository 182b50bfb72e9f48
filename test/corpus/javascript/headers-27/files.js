// corpus: path=src/routes/files.js
const express = require('express')
const path = require('path')
const { readFile, filePath } = require('../storage')

const router = express.Router()

router.get('/render/:id.:ext', async (req, res) => {
  const body = await readFile(req.params.id)
  res.type(req.params.ext)  // expect: header-injection
  res.send(body)
})

router.get('/get/:id', async (req, res) => {
  res.attachment(req.query.name || 'file.bin')  // ok: header-injection
  res.send(await readFile(req.params.id))
})

router.get('/dl/:id', (req, res) => {
  res.download(filePath(req.params.id), req.query.name || 'file.bin')  // expect: path-traversal; ok: header-injection
})

router.get('/raw/:id', async (req, res) => {
  const body = await readFile(req.params.id)
  res.set({ 'Content-Type': req.query.format, 'Content-Length': String(body.length) })  // expect: header-injection
  res.send(body)
})

router.get('/list', async (req, res) => {
  const page = Number(req.query.page) || 1
  res.append('Link', `<${req.query.base}/list?page=${page + 1}>; rel="next"`)  // expect: header-injection
  res.set('X-Total-Count', String(await countFiles()))  // ok: header-injection
  res.json(await listFiles(page))
})

router.get('/ext/:name', async (req, res) => {
  res.type(path.extname(req.params.name) === '.pdf' ? 'pdf' : 'bin')  // ok: header-injection
  res.send(await readFile(req.params.name))
})

module.exports = router
