// corpus: path=src/routes/import.js
const express = require('express')
const libxmljs = require('libxmljs2')

const router = express.Router()

// Import contacts from an uploaded XML address book.
router.post('/contacts/import', express.text({ type: 'application/xml' }), (req, res) => {
  const doc = libxmljs.parseXml(req.body, { noent: false, nonet: true }) // ok: xxe
  const names = doc.find('//contact/name').map((n) => n.text())
  res.json({ imported: names.length, names })
})

module.exports = router
