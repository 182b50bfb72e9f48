// corpus: path=src/routes/import.js
const express = require('express')
const libxmljs = require('libxmljs')
const router = express.Router()

router.post('/import/feed', express.text({ type: 'application/xml' }), (req, res) => {
  const doc = libxmljs.parseXml(req.body, { noent: true, nonet: true }) // expect: xxe
  const items = doc.find('//item').map((n) => ({ title: n.get('title').text() }))
  res.json({ count: items.length, items })
})

module.exports = router
