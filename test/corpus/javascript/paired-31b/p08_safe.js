// corpus: path=src/routes/sitemap-import.js
const express = require('express')
const libxmljs = require('libxmljs')

const router = express.Router()

router.post('/sitemaps/import', express.text({ type: 'application/xml' }), (req, res) => {
  const doc = libxmljs.parseXml(req.body, { noent: false, nonet: true }) // ok: xxe
  const urls = doc.find('//*[local-name()="loc"]').map((node) => node.text())
  res.json({ count: urls.length })
})

module.exports = router
