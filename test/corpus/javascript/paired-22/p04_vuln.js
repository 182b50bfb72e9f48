// corpus: path=src/routes/media.js
const express = require('express')
const path = require('path')

const router = express.Router()
const MEDIA_ROOT = path.join(__dirname, '..', '..', 'media')

router.get('/media/:folder/:file', (req, res) => {
  const file = path.join(MEDIA_ROOT, req.params.folder, req.query.variant || req.params.file)
  res.sendFile(file) // expect: path-traversal
})

module.exports = router
