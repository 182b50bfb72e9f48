// corpus: path=src/routes/filters.js
const express = require('express')

const router = express.Router()

router.get('/search/filters', (req, res) => {
  const chips = Object.entries(req.query)
    .filter(([key]) => key !== 'page')
    .map(([key, value]) => `<li class="chip">${key}: ${value}</li>`)
  res.type('html')
  res.write('<ul class="active-filters">')
  res.write(chips.join('')) // expect: xss
  res.end('</ul>')
})

module.exports = router
