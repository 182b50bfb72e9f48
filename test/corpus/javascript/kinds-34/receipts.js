// corpus: path=src/routes/receipts.js
'use strict'

const path = require('path')
const express = require('express')
const nunjucks = require('nunjucks')
const artTemplate = require('art-template')
const { createSSRApp } = require('vue')
const { renderToString } = require('vue/server-renderer')
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

const SAMPLE_RECEIPT = {
  number: 'R-000123',
  issuedAt: '2026-01-15',
  lines: [
    { description: 'Monthly plan', quantity: 1, unitCents: 4900 },
    { description: 'Extra seat', quantity: 3, unitCents: 900 },
  ],
}

// Tenants can replace the receipt layout with their own. Every tenant's layout is rendered by this
// shared process, and tenant admins are customers, not operators of the service.
class ReceiptLayouts {
  constructor(environment) {
    this.env = environment
    this.compiled = new Map()
  }

  compile(tenantId, source) {
    const template = nunjucks.compile(source, this.env) // expect: template-injection
    this.compiled.set(tenantId, template)
    return template
  }

  render(tenantId, context) {
    const template = this.compiled.get(tenantId)
    return template ? template.render(context) : this.env.render('receipt.njk', context) // ok: template-injection
  }
}

const layouts = new ReceiptLayouts(env)

router.get('/receipts/:id', requireUser, async (req, res) => {
  const receipt = await Receipts.findForUser(req.params.id, req.user.id)
  if (!receipt) return res.sendStatus(404)
  const tenant = await Tenants.findById(receipt.tenantId)
  res.type('html').send(layouts.render(tenant.id, receiptContext(receipt, tenant)))
})

router.put('/tenant/receipt-layout', requireTenantAdmin, express.json({ limit: '64kb' }), async (req, res) => {
  const tenant = await Tenants.findById(req.user.tenantId)
  const { layout } = req.body
  try {
    layouts.compile(tenant.id, layout)
  } catch (err) {
    return res.status(422).json({ error: `Layout does not compile: ${err.message}` })
  }
  await Tenants.update(tenant.id, { receiptLayout: layout })
  res.json({ ok: true })
})

// The footer editor offers art-template syntax ({{each lines}} ... {{/each}}).
router.post('/tenant/receipt-footer/preview', requireTenantAdmin, express.json(), async (req, res) => {
  const tenant = await Tenants.findById(req.user.tenantId)
  const footer = artTemplate.render(req.body.footer, receiptContext(SAMPLE_RECEIPT, tenant)) // expect: template-injection
  res.json({ footer })
})

// The new receipt viewer is a Vue component; the tenant can wrap the line table with their own markup.
router.post('/tenant/receipt-viewer/preview', requireTenantAdmin, express.json(), async (req, res) => {
  const tenant = await Tenants.findById(req.user.tenantId)
  const wrapper = String(req.body.wrapper || '<div class="receipt"><slot /></div>')
  const app = createSSRApp({
    data: () => receiptContext(SAMPLE_RECEIPT, tenant),
    template: wrapper.replace('<slot />', '<table><tr v-for="l in lines"><td>{{ l.description }}</td></tr></table>'), // expect: template-injection
  })
  res.type('html').send(await renderToString(app))
})

router.post('/tenant/receipt-viewer/title', requireTenantAdmin, express.json(), async (req, res) => {
  const app = createSSRApp({
    data: () => ({ title: String(req.body.title || 'Receipt') }),
    template: '<h1 class="receipt-title">{{ title }}</h1>', // ok: template-injection
  })
  res.type('html').send(await renderToString(app))
})

// Plain-text receipts for the SMS channel use `${...}` placeholders that tenants fill in.
function textTemplate(source) {
  return new Function('r', 'return `' + source + '`') // expect: template-injection
}

router.post('/tenant/sms-receipt/preview', requireTenantAdmin, express.json(), (req, res) => {
  const render = textTemplate(String(req.body.text || ''))
  res.json({ text: render({ number: SAMPLE_RECEIPT.number, total: '€76.00' }) })
})

router.post('/tenant/sms-receipt/preview-safe', requireTenantAdmin, express.json(), (req, res) => {
  const values = { number: SAMPLE_RECEIPT.number, total: '€76.00' }
  const text = String(req.body.text || '').replace(/\{(\w+)\}/g, (m, key) => (key in values ? values[key] : m)) // ok: template-injection
  res.json({ text })
})

module.exports = router
