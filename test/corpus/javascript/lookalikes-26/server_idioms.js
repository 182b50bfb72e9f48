// corpus: path=src/routes/catalog.js
const express = require('express')
const path = require('path')
const fs = require('fs')
const { spawn } = require('child_process')
const axios = require('axios')
const _ = require('lodash')
const knex = require('../db/knex')
const { sequelize } = require('../models')
const logger = require('../logger')

const router = express.Router()
const MEDIA = path.resolve(__dirname, '../../media')
const API_BASE = 'https://api.example.com'

router.get('/media/:name', (req, res) => {
  res.sendFile(req.params.name, { root: MEDIA, dotfiles: 'deny' }) // ok: path-traversal
})

router.get('/media2/:name', (req, res) => {
  const file = path.resolve(MEDIA, req.params.name)
  if (path.relative(MEDIA, file).startsWith('..')) return res.sendStatus(400)
  fs.createReadStream(file).pipe(res) // ok: path-traversal
})

router.get('/products', async (req, res) => {
  const q = req.query.q || ''
  res.json(await knex('products').where('name', 'ilike', `%${q}%`).limit(20)) // ok: sql-injection
})

router.get('/products/sorted', async (req, res) => {
  const dir = req.query.dir === 'asc' ? 'ASC' : 'DESC'
  const [rows] = await sequelize.query(`SELECT id, name FROM products WHERE category = ? ORDER BY price ${dir}`, { replacements: [req.query.category] }) // ok: sql-injection
  res.json(rows)
})

router.get('/products/match', async (req, res) => {
  const pattern = new RegExp(_.escapeRegExp(req.query.q || ''), 'i')
  res.json((await knex('products').select('name')).filter((p) => pattern.test(p.name))) // ok: regex-injection
})

router.get('/login-first', (req, res) => {
  res.redirect(302, '/login?next=' + encodeURIComponent(req.originalUrl)) // ok: open-redirect
})

router.get('/github/:user', async (req, res) => {
  const { data } = await axios.get(`https://api.github.com/users/${encodeURIComponent(req.params.user)}`) // ok: ssrf
  res.json({ login: data.login, repos: data.public_repos })
})

router.get('/items/:id', async (req, res) => {
  const r = await fetch(new URL(`/v1/items/${encodeURIComponent(req.params.id)}`, API_BASE)) // ok: ssrf
  res.json(await r.json())
})

router.get('/list', (req, res) => {
  const ls = spawn('ls', ['-1', '--', path.join(MEDIA, path.basename(String(req.query.dir || '.')))]) // ok: command-injection
  ls.stdout.pipe(res)
})

router.post('/echo', express.text(), (req, res) => {
  res.type('text/plain').send(req.body) // ok: xss
})

router.post('/notes', (req, res) => {
  res.json({ html: req.body.note, length: String(req.body.note || '').length }) // ok: xss
})

router.post('/settings', (req, res) => {
  const settings = JSON.parse(req.body.settings) // ok: code-injection
  logger.info({ user: req.body.user, keys: Object.keys(settings) }, 'settings saved') // ok: log-injection
  res.sendStatus(204)
})

router.get('/report', async (req, res) => {
  try {
    res.json(await buildReport(req.query))
  } catch (err) {
    logger.error({ err }, 'report failed')
    res.status(500).json({ error: 'internal_error' }) // ok: error-exposure
  }
})

async function buildReport(query) {
  const delay = 100 + Math.floor(Math.random() * 50) // ok: insecure-random
  await new Promise((resolve) => setTimeout(resolve, delay))
  return { from: query.from, to: query.to }
}

module.exports = router
