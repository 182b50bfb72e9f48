// corpus: path=src/routes/filters.js
const express = require('express')
const he = require('he')

const router = express.Router()

router.get('/search/filters', (req, res) => {
  const chips = Object.entries(req.query)
    .filter(([key]) => key !== 'page')
    .map(([key, value]) => `<li class="chip">${he.encode(key)}: ${he.encode(String(value))}</li>`)
  res.type('html')
  res.write('<ul class="active-filters">')
  res.write(chips.join('')) // ok: xss
  res.end('</ul>')
})

module.exports = router
