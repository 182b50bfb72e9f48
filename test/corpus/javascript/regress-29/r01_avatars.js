const path = require('path')
const express = require('express')

const router = express.Router()
const AVATAR_DIR = path.join(__dirname, '..', 'uploads', 'avatars')

router.get('/avatars/:file', (req, res) => {
  res.sendFile(path.join(AVATAR_DIR, req.params.file)) // expect: path-traversal
})

module.exports = router
