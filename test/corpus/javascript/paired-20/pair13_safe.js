// corpus: path=src/routes/avatars.js
const express = require('express')
const path = require('path')
const fs = require('fs')

const AVATAR_DIR = path.resolve(__dirname, '..', 'avatars')
const router = express.Router()

router.get('/avatars/:name', (req, res) => {
  const name = path.basename(req.params.name)
  fs.createReadStream(path.join(AVATAR_DIR, name)).pipe(res.type('image/png')) // ok: path-traversal
})

module.exports = router
