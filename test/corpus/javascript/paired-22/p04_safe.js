// corpus: path=src/routes/media.js
const express = require('express')
const path = require('path')

const router = express.Router()
const MEDIA_ROOT = path.join(__dirname, '..', '..', 'media')

router.get('/media/:folder/:file', (req, res) => {
  const name = path.join(req.params.folder, req.query.variant || req.params.file)
  res.sendFile(name, { root: MEDIA_ROOT }) // ok: path-traversal
})

module.exports = router
