'use strict'

const express = require('express')
const multer = require('multer')
const fs = require('fs')
const path = require('path')
const os = require('os')
const zlib = require('zlib')
const tar = require('tar')
const { pipeline } = require('stream/promises')

const upload = multer({ dest: os.tmpdir(), limits: { fileSize: 50 * 1024 * 1024 } })
const SITES_DIR = path.resolve(process.env.SITES_DIR || 'sites')
const router = express.Router()

router.post('/sites/:site/deploy', upload.single('bundle'), async (req, res, next) => {
  const site = req.params.site
  if (!/^[a-z0-9-]{1,40}$/.test(site)) return res.status(400).json({ error: 'bad site name' })
  const dest = path.join(SITES_DIR, site)
  try {
    await fs.promises.mkdir(dest, { recursive: true })
    await tar.x({ file: req.file.path, cwd: dest, strict: true })
    res.json({ deployed: site })
  } catch (err) {
    next(err)
  } finally {
    fs.promises.unlink(req.file.path).catch(() => {})
  }
})

router.get('/sites/:site/backup', async (req, res, next) => {
  const site = req.params.site
  if (!/^[a-z0-9-]{1,40}$/.test(site)) return res.status(400).json({ error: 'bad site name' })
  res.setHeader('Content-Type', 'application/gzip')
  res.setHeader('Content-Disposition', `attachment; filename="${site}.tar.gz"`)
  try {
    await pipeline(tar.c({ gzip: true, cwd: SITES_DIR }, [site]), res)
  } catch (err) {
    next(err)
  }
})

module.exports = router
