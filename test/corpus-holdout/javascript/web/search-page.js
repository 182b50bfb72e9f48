// corpus: path=src/routes/search.js
const express = require('express')
const { searchArticles } = require('../services/search')

const router = express.Router()
const PAGE_SIZE = 20

router.get('/search', async (req, res, next) => {
  try {
    const q = String(req.query.q || '').trim()
    const page = Math.max(1, Number.parseInt(req.query.page, 10) || 1)
    if (!q) return res.render('search', { q, results: [], page })
    const results = await searchArticles(q, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })
    if (results.length === 0) {
      return res.status(200).send(`<p class="empty">Nothing matched <b>${q}</b>. <a href="/search">Try again</a></p>`) // expect: xss
    }
    res.render('search', { q, results, page })
  } catch (err) {
    next(err)
  }
})

router.get('/search/suggest', async (req, res, next) => {
  try {
    const q = String(req.query.q || '').trim()
    const results = await searchArticles(q, { limit: 5 })
    res.json(results.map((r) => ({ id: r.id, title: r.title }))) // ok: xss
  } catch (err) {
    next(err)
  }
})

module.exports = router
