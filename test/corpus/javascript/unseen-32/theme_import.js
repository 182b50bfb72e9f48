'use strict'

const express = require('express')
const multer = require('multer')
const AdmZip = require('adm-zip')
const unzipper = require('unzipper')
const path = require('path')
const fs = require('fs')
const { requireRole } = require('../middleware/auth')
const themes = require('../services/themes')

const router = express.Router()
const upload = multer({ dest: '/var/tmp/theme-uploads', limits: { fileSize: 25 * 1024 * 1024 } })
const THEMES_DIR = path.resolve(process.env.THEMES_DIR || 'var/themes')
const THEME_FILES = /\.(liquid|css|js|json|png|jpe?g|svg|woff2?)$/i

// Shop owners upload a theme as a zip made with the theme kit. The archive is theirs to build: any
// member name in it, "../" included, is whatever they wrote into the zip's directory.
router.post('/themes', requireRole('owner'), upload.single('theme'), async (req, res, next) => {
  try {
    const slug = themes.slugFor(req.user.shopId, req.body.name)
    const dest = path.join(THEMES_DIR, slug)
    const zip = new AdmZip(req.file.path)
    const skipped = []
    for (const entry of zip.getEntries()) {
      if (entry.isDirectory) continue
      if (!THEME_FILES.test(entry.entryName)) {
        skipped.push(entry.entryName)
        continue
      }
      const target = path.join(dest, entry.entryName)
      fs.mkdirSync(path.dirname(target), { recursive: true })
      fs.writeFileSync(target, entry.getData()) // expect: path-traversal
    }
    await themes.register(req.user.shopId, slug)
    res.status(201).json({ slug, skipped })
  } catch (err) {
    next(err)
  } finally {
    fs.unlink(req.file.path, () => {})
  }
})

// Partial update: replaces the files present in the uploaded zip, streamed.
router.patch('/themes/:slug', requireRole('owner'), upload.single('theme'), async (req, res, next) => {
  try {
    const slug = await themes.ownedSlug(req.user.shopId, req.params.slug)
    if (!slug) return res.sendStatus(404)
    const root = path.join(THEMES_DIR, slug)
    const replaced = []
    const archive = fs.createReadStream(req.file.path).pipe(unzipper.Parse({ forceStream: true }))
    for await (const entry of archive) {
      const target = path.resolve(root, entry.path)
      if (entry.type !== 'File' || !target.startsWith(root + path.sep) || !THEME_FILES.test(entry.path)) {
        entry.autodrain()
        continue
      }
      await fs.promises.mkdir(path.dirname(target), { recursive: true })
      await new Promise((resolve, reject) => entry.pipe(fs.createWriteStream(target)).on('finish', resolve).on('error', reject)) // ok: path-traversal
      replaced.push(entry.path)
    }
    res.json({ slug, replaced })
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
