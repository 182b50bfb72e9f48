// corpus: path=src/routes/feeds.js
const express = require('express')
const https = require('https')

const router = express.Router()
const FEED_HOSTS = new Set(['feeds.bbci.co.uk', 'rss.nytimes.com', 'hnrss.org'])

// Fetch an RSS feed for the feed reader and return its raw XML.
router.get('/feeds/raw', (req, res) => {
  const url = new URL(String(req.query.url))
  if (url.protocol !== 'https:' || !FEED_HOSTS.has(url.hostname)) return res.status(400).end()
  https.get(url, (upstream) => { // ok: ssrf
    res.type('application/xml')
    upstream.pipe(res)
  }).on('error', () => res.status(502).end())
})

module.exports = router
