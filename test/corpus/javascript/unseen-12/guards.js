// corpus: path=src/routes/files.js
const path = require('path')
const fs = require('fs')
const express = require('express')
const escapeHtml = require('escape-html')
const fetch = require('node-fetch')

const router = express.Router()
const ROOT = path.resolve('/srv/uploads')
const ALLOWED = new Set(['api.partner.example'])

router.get('/files/:name', (req, res) => {
  const full = path.resolve(ROOT, req.params.name)
  if (!full.startsWith(ROOT + path.sep)) return res.status(403).end()
  fs.createReadStream(full).pipe(res) // ok: path-traversal
})

router.get('/files-unsafe/:name', (req, res) => {
  const full = path.resolve(ROOT, req.params.name)
  if (!fs.existsSync(full)) return res.status(404).end()
  fs.createReadStream(full).pipe(res) // expect: path-traversal
})

router.get('/proxy', async (req, res) => {
  const url = new URL(String(req.query.url))
  if (!ALLOWED.has(url.hostname)) return res.status(400).end()
  const upstream = await fetch(url.toString()) // ok: ssrf
  res.status(upstream.status).send(await upstream.text())
})

router.get('/proxy-unsafe', async (req, res) => {
  const url = new URL(String(req.query.url))
  if (url.protocol !== 'https:') return res.status(400).end()
  const upstream = await fetch(url.toString()) // expect: ssrf
  res.status(upstream.status).send(await upstream.text())
})

router.get('/hello', (req, res) => {
  res.send('<p>Hello ' + escapeHtml(req.query.name) + '</p>') // ok: xss
})

router.get('/item', async (req, res) => {
  const id = Number.parseInt(req.query.id, 10)
  if (Number.isNaN(id)) return res.status(400).end()
  const rows = await req.db.query(`SELECT name FROM items WHERE id = ${id}`) // ok: sql-injection
  res.json(rows)
})

router.get('/go', (req, res) => {
  const to = String(req.query.to || '/')
  if (!to.startsWith('/') || to.startsWith('//')) return res.redirect('/')
  res.redirect(to) // ok: open-redirect
})

module.exports = router
