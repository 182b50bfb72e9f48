// corpus: path=src/routes/search.js
const express = require('express')
const escapeHtml = require('escape-html')
const { searchArticles } = require('../services/articles')

const router = express.Router()

router.get('/search', async (req, res) => {
  const q = String(req.query.q || '')
  const results = await searchArticles(q)
  res.send(`<p>${results.length} results for <b>${escapeHtml(q)}</b></p>`) // ok: xss
})

module.exports = router
