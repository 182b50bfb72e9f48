// corpus: path=src/services/favicon.js
const fetch = require('node-fetch')

async function fetchFavicon(req, res) {
  const site = req.query.site
  const response = await fetch(`https://icons.duckduckgo.com/ip3/${encodeURIComponent(site)}.ico`, { timeout: 3000 }) // ok: ssrf
  if (!response.ok) return res.status(404).end()
  res.type('image/x-icon')
  response.body.pipe(res)
}

module.exports = { fetchFavicon }
