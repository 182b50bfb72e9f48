// corpus: path=src/routes/feeds.js
const express = require('express')
const https = require('https')

const router = express.Router()

// Fetch an RSS feed for the feed reader and return its raw XML.
router.get('/feeds/raw', (req, res) => {
  https.get(req.query.url, (upstream) => { // expect: ssrf
    res.type('application/xml')
    upstream.pipe(res)
  }).on('error', () => res.status(502).end())
})

module.exports = router
