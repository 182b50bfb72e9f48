// corpus: path=src/routes/themes.js
const path = require('path')
const express = require('express')

const router = express.Router()
const THEME_DIR = path.join(__dirname, '..', 'themes')
const THEMES = ['default.css', 'dark.css', 'high-contrast.css']

router.get('/themes/css', (req, res) => {
  const index = Number.parseInt(req.cookies.theme, 10)
  const file = THEMES[index] || THEMES[0]
  res.sendFile(path.join(THEME_DIR, file)) // ok: path-traversal
})

module.exports = router
