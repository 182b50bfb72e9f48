// corpus: path=src/routes/invoices.js
const express = require('express')
const libxmljs = require('libxmljs2')
const { saveInvoice } = require('../services/invoices')

const router = express.Router()

router.post('/invoices/ubl', express.text({ type: 'application/xml' }), async (req, res) => {
  const doc = libxmljs.parseXml(req.body, { noent: true }) // expect: xxe
  const id = await saveInvoice(doc.get('//cbc:ID', { cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2' }).text())
  res.status(201).json({ id })
})

module.exports = router
