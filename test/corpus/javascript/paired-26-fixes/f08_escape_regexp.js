// corpus: path=src/routes/search.js
const express = require('express')
const { Article } = require('../models')
const router = express.Router()

function escapeRegex(text) {
  return String(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

router.get('/articles', async (req, res) => {
  res.json(await Article.find({ title: { $regex: req.query.q, $options: 'i' } }).limit(20)) // expect: regex-injection
})

router.get('/v2/articles', async (req, res) => {
  res.json(await Article.find({ title: { $regex: escapeRegex(req.query.q || ''), $options: 'i' } }).limit(20)) // ok: regex-injection
})

module.exports = router
