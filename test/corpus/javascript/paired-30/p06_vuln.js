// corpus: path=src/routes/themes.js
const path = require('path')
const express = require('express')

const router = express.Router()
const THEME_DIR = path.join(__dirname, '..', 'themes')

router.get('/themes/css', (req, res) => {
  res.sendFile(path.join(THEME_DIR, req.cookies.theme || 'default.css')) // expect: path-traversal
})

module.exports = router
