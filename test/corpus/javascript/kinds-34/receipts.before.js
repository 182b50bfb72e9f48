'use strict'

const path = require('path')
const express = require('express')
const nunjucks = require('nunjucks')
const { requireTenantAdmin, requireUser } = require('../middleware/auth')
const Receipts = require('../models/receipt')
const Tenants = require('../models/tenant')

const router = express.Router()

const env = new nunjucks.Environment(
  new nunjucks.FileSystemLoader(path.join(__dirname, '..', 'templates', 'receipts')),
  { autoescape: true, throwOnUndefined: false }
)

env.addFilter('money', (cents, currency = 'EUR') =>
  new Intl.NumberFormat('en-IE', { style: 'currency', currency }).format(cents / 100)
)

function receiptContext(receipt, tenant) {
  return {
    receipt,
    tenant: { name: tenant.name, logoUrl: tenant.logoUrl, address: tenant.address },
    lines: receipt.lines,
    total: receipt.lines.reduce((sum, l) => sum + l.unitCents * l.quantity, 0),
  }
}

router.get('/receipts/:id', requireUser, async (req, res) => {
  const receipt = await Receipts.findForUser(req.params.id, req.user.id)
  if (!receipt) return res.sendStatus(404)
  const tenant = await Tenants.findById(receipt.tenantId)
  res.type('html').send(env.render('receipt.njk', receiptContext(receipt, tenant)))
})

module.exports = router
