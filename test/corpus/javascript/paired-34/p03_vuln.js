// corpus: path=src/routes/invoices.js
const express = require('express')
const pug = require('pug')
const { findInvoice } = require('../models/invoice')

const router = express.Router()

async function renderInvoice(layout, invoiceId) {
  const invoice = await findInvoice(invoiceId)
  const render = pug.compile(layout, { pretty: false }) // expect: template-injection
  return render({ invoice, issuedAt: new Date().toDateString() })
}

router.post('/invoices/:id/preview', express.urlencoded({ extended: false }), async (req, res, next) => {
  try {
    res.type('html').send(await renderInvoice(req.body.layout, req.params.id))
  } catch (err) {
    next(err)
  }
})

module.exports = router
