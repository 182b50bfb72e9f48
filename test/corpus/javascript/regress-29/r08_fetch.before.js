const axios = require('axios')

async function proxyImage(req, res) {
  const url = new URL(req.query.src)
  if (url.protocol !== 'https:' || url.hostname !== 'images.example-cdn.com') return res.sendStatus(400)
  const upstream = await axios.get(url.href, { responseType: 'stream', timeout: 5000 })
  upstream.data.pipe(res)
}

module.exports = { proxyImage }
