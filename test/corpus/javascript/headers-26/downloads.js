// corpus: path=src/routes/downloads.js
const express = require('express')
const contentDisposition = require('content-disposition')
const { getFile } = require('../storage')

const router = express.Router()
const TYPES = new Set(['text/csv', 'application/pdf', 'image/png'])

router.get('/files/:id', async (req, res) => {
  const file = await getFile(req.user.id, req.params.id)
  const name = req.query.name || file.name
  res.setHeader('Content-Disposition', `attachment; filename="${name}"`)  // expect: header-injection
  res.setHeader('Content-Type', file.mimeType)  // ok: header-injection
  res.send(file.body)
})

router.get('/files/:id/save', async (req, res) => {
  const file = await getFile(req.user.id, req.params.id)
  res.setHeader('Content-Disposition', contentDisposition(req.query.name || file.name))  // ok: header-injection
  res.send(file.body)
})

router.get('/files/:id/encoded', async (req, res) => {
  const file = await getFile(req.user.id, req.params.id)
  const name = encodeURIComponent(req.query.name || file.name)
  res.set('Content-Disposition', `attachment; filename*=UTF-8''${name}`)  // ok: header-injection
  res.send(file.body)
})

router.get('/files/:id/view', async (req, res) => {
  const file = await getFile(req.user.id, req.params.id)
  res.set('Content-Type', req.query.type || file.mimeType)  // expect: header-injection
  res.send(file.body)
})

router.get('/files/:id/as', async (req, res) => {
  const file = await getFile(req.user.id, req.params.id)
  const type = String(req.query.type || '')
  if (!TYPES.has(type)) return res.status(400).json({ error: 'unsupported type' })
  res.set('Content-Type', type)  // ok: header-injection
  res.send(file.body)
})

router.get('/thumb/:id', async (req, res) => {
  const file = await getFile(req.user.id, req.params.id)
  res.writeHead(200, { 'Content-Type': req.query.mime, 'Content-Length': file.size })  // expect: header-injection
  res.end(file.body)
})

router.get('/health', (req, res) => {
  res.set('X-Request-Id', req.get('x-request-id') || '')  // ok: header-injection
  res.json({ ok: true })
})

router.get('/page/:n', (req, res) => {
  const page = parseInt(req.params.n, 10) || 1
  res.set('X-Page', String(page))  // ok: header-injection
  res.json({ page })
})

module.exports = router
