// corpus: path=src/routes/avatars.js
const express = require('express')
const path = require('path')
const router = express.Router()
const AVATARS = path.join(__dirname, '..', '..', 'public', 'avatars')

router.get('/avatars/:file', (req, res) => {
  res.sendFile(path.join(AVATARS, req.params.file)) // expect: path-traversal
})

router.get('/v2/avatars/:file', (req, res) => {
  res.sendFile(path.join(AVATARS, path.basename(req.params.file))) // ok: path-traversal
})

module.exports = router
