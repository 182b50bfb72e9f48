'use strict'

const express = require('express')
const multer = require('multer')
const AdmZip = require('adm-zip')
const path = require('path')
const fs = require('fs')
const { requireRole } = require('../middleware/auth')
const themes = require('../services/themes')

const router = express.Router()
const upload = multer({ dest: '/var/tmp/theme-uploads', limits: { fileSize: 25 * 1024 * 1024 } })
const THEMES_DIR = path.resolve(process.env.THEMES_DIR || 'var/themes')

// Shop owners upload a theme as a zip made with the theme kit.
router.post('/themes', requireRole('owner'), upload.single('theme'), async (req, res, next) => {
  try {
    const slug = themes.slugFor(req.user.shopId, req.body.name)
    const dest = path.join(THEMES_DIR, slug)
    const zip = new AdmZip(req.file.path)
    zip.extractAllTo(dest, true)
    await themes.register(req.user.shopId, slug)
    res.status(201).json({ slug })
  } catch (err) {
    next(err)
  } finally {
    fs.unlink(req.file.path, () => {})
  }
})

router.get('/themes', requireRole('owner'), async (req, res) => {
  res.json(await themes.list(req.user.shopId))
})

module.exports = router
