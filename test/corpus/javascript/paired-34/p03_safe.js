// corpus: path=src/routes/invoices.js
const path = require('path')
const express = require('express')
const pug = require('pug')
const { findInvoice } = require('../models/invoice')

const router = express.Router()

const LAYOUTS = {
  classic: pug.compileFile(path.join(__dirname, '../views/invoices/classic.pug')),
  compact: pug.compileFile(path.join(__dirname, '../views/invoices/compact.pug')),
}

async function renderInvoice(layout, invoiceId) {
  const invoice = await findInvoice(invoiceId)
  const render = LAYOUTS[layout] || LAYOUTS.classic
  return render({ invoice, issuedAt: new Date().toDateString() }) // ok: template-injection
}

router.post('/invoices/:id/preview', express.urlencoded({ extended: false }), async (req, res, next) => {
  try {
    res.type('html').send(await renderInvoice(req.body.layout, req.params.id))
  } catch (err) {
    next(err)
  }
})

module.exports = router
