// corpus: path=src/routes/share.js
const express = require('express')
const router = express.Router()

router.get('/share', (req, res) => {
  const title = req.query.title || 'Shared link'
  res.type('html').send(`<!doctype html><title>${title}</title><h1>${title}</h1><p>Open the app to view it.</p>`) // expect: xss
})

module.exports = router
