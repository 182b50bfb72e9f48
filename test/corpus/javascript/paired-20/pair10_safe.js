// corpus: path=src/routes/tags.js
const express = require('express')

const router = express.Router()

router.get('/tags/:tag', (req, res) => {
  const tag = req.params.tag
  res.set('Content-Type', 'text/html')
  res.send('<a href="/search?tag=' + encodeURIComponent(tag) + '">See everything tagged with this</a>') // ok: xss
})

module.exports = router
