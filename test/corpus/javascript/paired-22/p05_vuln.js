// corpus: path=src/routes/search.js
const express = require('express')

const router = express.Router()

router.get('/search', async (req, res) => {
  const q = req.query.q || ''
  const results = await req.app.locals.index.search(String(q))
  res.send(`<h1>${results.length} results for "${q}"</h1>` + results.map((r) => `<li>${r.title}</li>`).join('')) // expect: xss
})

module.exports = router
