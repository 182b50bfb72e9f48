// corpus: path=src/routes/share.js
const express = require('express')
const escapeHtml = require('escape-html')
const router = express.Router()

router.get('/share', (req, res) => {
  const title = escapeHtml(req.query.title || 'Shared link')
  res.type('html').send(`<!doctype html><title>${title}</title><h1>${title}</h1><p>Open the app to view it.</p>`) // ok: xss
})

module.exports = router
