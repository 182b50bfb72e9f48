// corpus: path=src/routes/uploads.js changeset=uploads
'use strict'

const express = require('express')
const { requireUser } = require('../middleware/auth')
const storage = require('../services/storage')
const { searchFiles, fileById } = require('../services/catalog')
const { importFromUrl, fetchThumbnail } = require('../services/importer')

const router = express.Router()

router.get('/files/:name', requireUser, (req, res, next) => {
  const stream = storage.openUpload(req.user.id, req.params.name)
  stream.on('error', next)
  stream.pipe(res)
})

router.get('/avatars/:file', (req, res, next) => {
  storage.openAvatar(req.params.file).on('error', next).pipe(res)
})

router.get('/search', requireUser, async (req, res, next) => {
  try {
    res.json(await searchFiles(req.user.id, req.query.q || ''))
  } catch (err) {
    next(err)
  }
})

router.get('/by-id/:id', requireUser, async (req, res, next) => {
  try {
    res.json(await fileById(req.user.id, req.params.id))
  } catch (err) {
    next(err)
  }
})

router.post('/import', requireUser, async (req, res, next) => {
  try {
    const saved = await importFromUrl(req.user.id, req.body.url)
    res.status(201).json(saved)
  } catch (err) {
    next(err)
  }
})

router.get('/thumbnails/:size/:id', async (req, res, next) => {
  try {
    const image = await fetchThumbnail(req.params.size, req.params.id)
    res.type('image/png').send(image)
  } catch (err) {
    next(err)
  }
})

module.exports = router
