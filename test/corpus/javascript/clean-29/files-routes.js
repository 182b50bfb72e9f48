// corpus: path=src/routes/files.js
'use strict'

const path = require('node:path')
const fs = require('node:fs/promises')
const { execFile } = require('node:child_process')
const { promisify } = require('node:util')
const crypto = require('node:crypto')
const express = require('express')
const multer = require('multer')
const escapeRegExp = require('lodash/escapeRegExp')
const config = require('../config')
const logger = require('../logger')
const { requireUser } = require('../middleware/auth')

const run = promisify(execFile)
const router = express.Router()
const PUBLIC_DIR = path.join(__dirname, '..', '..', 'public', 'downloads')
const upload = multer({
  storage: multer.diskStorage({
    destination: config.uploads.dir,
    filename: (req, file, cb) => cb(null, `${crypto.randomUUID()}${path.extname(file.originalname).toLowerCase()}`), // ok: path-traversal
  }),
  limits: { fileSize: config.uploads.maxBytes },
  fileFilter: (req, file, cb) => cb(null, config.uploads.allowedTypes.includes(file.mimetype)),
})

router.get('/downloads/:name', (req, res) => {
  const name = path.basename(req.params.name)
  res.sendFile(name, { root: PUBLIC_DIR, dotfiles: 'deny' }, (err) => { // ok: path-traversal
    if (err) res.status(err.statusCode || 404).end()
  })
})

router.post('/uploads', requireUser, upload.single('file'), async (req, res, next) => {
  try {
    if (!req.file) return res.status(415).json({ error: 'unsupported file type' })
    const data = await fs.readFile(req.file.path) // ok: path-traversal
    const sha256 = crypto.createHash('sha256').update(data).digest('hex')
    await fs.chmod(req.file.path, 0o640) // ok: insecure-permissions
    logger.info({ userId: req.user.id, file: req.file.filename, size: req.file.size }, 'file uploaded')
    res.status(201).json({ id: path.parse(req.file.filename).name, sha256 })
  } catch (err) {
    next(err)
  }
})

router.get('/search', requireUser, async (req, res, next) => {
  try {
    const term = String(req.query.q || '').slice(0, 64)
    const pattern = new RegExp(escapeRegExp(term), 'i') // ok: regex-injection
    const entries = await fs.readdir(PUBLIC_DIR)
    res.json({ results: entries.filter((name) => pattern.test(name)).slice(0, 50) })
  } catch (err) {
    next(err)
  }
})

router.get('/version', async (req, res) => {
  const { stdout } = await run('git', ['rev-parse', '--short', 'HEAD'], { cwd: path.join(__dirname, '..', '..') }) // ok: command-injection
  res.set('Cache-Control', 'public, max-age=300').json({ commit: stdout.trim(), node: process.version })
})

router.post('/preferences', requireUser, express.urlencoded({ extended: false }), (req, res) => {
  const theme = ['light', 'dark', 'system'].includes(req.body.theme) ? req.body.theme : 'system'
  res.cookie('theme', theme, { maxAge: 365 * 24 * 3600 * 1000, sameSite: 'lax', secure: config.isProd }) // ok: insecure-cookie
  res.redirect(303, req.baseUrl + '/preferences') // ok: open-redirect
})

function elementId(prefix) {
  return `${prefix}-${Math.random().toString(36).slice(2, 8)}` // ok: insecure-random
}

router.get('/widget.js', (req, res) => {
  const id = elementId('shop-widget')
  res.type('application/javascript').send(`document.currentScript.insertAdjacentHTML('afterend', '<div id="${id}"></div>')`) // ok: xss
})

module.exports = router
