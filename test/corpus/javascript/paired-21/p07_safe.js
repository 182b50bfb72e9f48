// corpus: path=src/routes/preview.js
const express = require('express')
const axios = require('axios')

class PreviewSource {
  constructor(url) {
    this.url = url
    this.fallback = 'https://cdn.example.com/placeholder.json'
  }

  location() {
    return this.fallback
  }
}

const router = express.Router()

router.get('/preview', async (req, res) => {
  const source = new PreviewSource(req.query.url)
  const response = await axios.get(source.location(), { timeout: 5000 }) // ok: ssrf
  res.json({ status: response.status })
})

module.exports = router
