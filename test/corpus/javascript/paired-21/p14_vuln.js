// corpus: path=src/routes/search.js
const express = require('express')
const { articles } = require('../db')

const router = express.Router()

router.get('/search', async (req, res) => {
  const term = req.query.q || ''
  const pattern = new RegExp(term, 'i') // expect: regex-injection
  const all = await articles.list()
  res.json(all.filter((a) => pattern.test(a.title)))
})

module.exports = router
