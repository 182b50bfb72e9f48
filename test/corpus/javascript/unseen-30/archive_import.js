'use strict'

const express = require('express')
const multer = require('multer')
const fs = require('fs')
const path = require('path')
const os = require('os')
const zlib = require('zlib')
const tar = require('tar')
const unzipper = require('unzipper')
const yaml = require('js-yaml')
const serialize = require('node-serialize')
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

router.post('/sites/:site/deploy-zip', upload.single('bundle'), async (req, res, next) => {
  const site = req.params.site
  if (!/^[a-z0-9-]{1,40}$/.test(site)) return res.status(400).json({ error: 'bad site name' })
  const dest = path.join(SITES_DIR, site)
  try {
    const zip = fs.createReadStream(req.file.path).pipe(unzipper.Parse({ forceStream: true }))
    for await (const entry of zip) {
      const target = path.join(dest, entry.path)
      if (entry.type === 'Directory') {
        await fs.promises.mkdir(target, { recursive: true }) // also: path-traversal
        entry.autodrain()
        continue
      }
      await fs.promises.mkdir(path.dirname(target), { recursive: true })
      await pipeline(entry, fs.createWriteStream(target)) // expect: path-traversal
    }
    res.json({ deployed: site })
  } catch (err) {
    next(err)
  } finally {
    fs.promises.unlink(req.file.path).catch(() => {})
  }
})

router.post('/sites/:site/assets', upload.single('archive'), async (req, res, next) => {
  const site = req.params.site
  if (!/^[a-z0-9-]{1,40}$/.test(site)) return res.status(400).json({ error: 'bad site name' })
  const dest = path.join(SITES_DIR, site, 'assets')
  try {
    const zip = fs.createReadStream(req.file.path).pipe(unzipper.Parse({ forceStream: true }))
    for await (const entry of zip) {
      const target = path.resolve(dest, entry.path)
      if (!target.startsWith(dest + path.sep) || entry.type !== 'File') {
        entry.autodrain()
        continue
      }
      await fs.promises.mkdir(path.dirname(target), { recursive: true })
      await pipeline(entry, fs.createWriteStream(target)) // ok: path-traversal
    }
    res.json({ ok: true })
  } catch (err) {
    next(err)
  } finally {
    fs.promises.unlink(req.file.path).catch(() => {})
  }
})

router.post('/sites/:site/restore', express.raw({ type: 'application/gzip', limit: '20mb' }), async (req, res, next) => {
  if (!/^[a-z0-9-]{1,40}$/.test(req.params.site)) return res.status(400).json({ error: 'bad site name' })
  const dest = path.join(SITES_DIR, req.params.site)
  try {
    await fs.promises.mkdir(dest, { recursive: true })
    const gunzip = zlib.createGunzip()
    gunzip.end(req.body)
    await pipeline(gunzip, tar.x({ cwd: dest })) // ok: path-traversal
    res.json({ restored: req.params.site })
  } catch (err) {
    next(err)
  }
})

router.put('/sites/:site/config', express.text({ type: ['text/yaml', 'application/x-yaml'] }), async (req, res, next) => {
  const config = yaml.load(req.body, { schema: yaml.CORE_SCHEMA }) // ok: unsafe-deserialization
  if (typeof config !== 'object' || config === null) return res.status(400).json({ error: 'config must be a mapping' })
  await fs.promises.writeFile(path.join(SITES_DIR, path.basename(req.params.site), 'site.json'), JSON.stringify(config, null, 2))
  res.json({ ok: true })
})

router.post('/sites/:site/state', express.text(), async (req, res) => {
  const state = serialize.unserialize(req.body) // expect: unsafe-deserialization
  await fs.promises.writeFile(path.join(SITES_DIR, path.basename(req.params.site), 'state.json'), JSON.stringify(state))
  res.json({ ok: true })
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
