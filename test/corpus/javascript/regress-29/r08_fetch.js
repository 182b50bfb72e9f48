const axios = require('axios')

const ALLOWED_HOSTS = new Set(['images.example-cdn.com', 'media.example-cdn.com'])

async function proxyImage(req, res) {
  const url = new URL(req.query.src)
  if (url.protocol !== 'https:' || !ALLOWED_HOSTS.has(url.hostname)) return res.sendStatus(400) // ok: ssrf
  const upstream = await axios.get(url.href, { responseType: 'stream', timeout: 5000 })
  upstream.data.pipe(res)
}

module.exports = { proxyImage }
