// corpus: path=src/rules/sandbox.js
'use strict'

const vm = require('vm')
const ivm = require('isolated-vm')
const { VM } = require('vm2')
const express = require('express')
const { Rule } = require('../models')

const router = express.Router()

// Pricing rules are written by merchants in the dashboard and evaluated for every cart.
router.post('/rules/preview', async (req, res) => {
  const { expression, cart } = req.body
  const context = vm.createContext({ cart, Math })
  const result = vm.runInContext(expression, context, { timeout: 50 }) // expect: code-injection
  res.json({ result })
})

router.post('/rules/preview/v2', async (req, res) => {
  const { expression, cart } = req.body
  const sandbox = new VM({ timeout: 50, sandbox: { cart } })
  res.json({ result: sandbox.run(expression) }) // expect: code-injection
})

router.post('/rules/preview/v3', async (req, res) => {
  const { expression, cart } = req.body
  const isolate = new ivm.Isolate({ memoryLimit: 16 })
  try {
    const context = await isolate.createContext()
    await context.global.set('cart', new ivm.ExternalCopy(cart).copyInto())
    const script = await isolate.compileScript(String(expression)) // ok: code-injection
    const result = await script.run(context, { timeout: 50, copy: true })
    res.json({ result })
  } finally {
    isolate.dispose()
  }
})

router.post('/rules/:id/test', async (req, res) => {
  const rule = await Rule.findByPk(Number(req.params.id))
  if (!rule) return res.sendStatus(404)
  const fn = new Function('cart', `return (${req.body.override || rule.expression})`) // expect: code-injection
  res.json({ result: fn(req.body.cart) })
})

router.post('/rules/evaluate', async (req, res) => {
  const rule = await Rule.findByPk(Number(req.body.ruleId))
  if (!rule) return res.sendStatus(404)
  const fields = { total: Number(req.body.total), items: Number(req.body.items) }
  const allowed = /^[\d\s+\-*/().<>=&|!]*(total|items)?[\d\s+\-*/().<>=&|!]*$/
  if (!allowed.test(rule.expression)) return res.status(422).json({ error: 'unsupported rule' })
  const script = new vm.Script(rule.expression)
  res.json({ result: script.runInNewContext(fields, { timeout: 20 }) })
})

router.get('/rules/templates', (req, res) => {
  const sandbox = vm.createContext({})
  const defaults = vm.runInContext('({ minTotal: 0, maxItems: 100 })', sandbox) // ok: code-injection
  res.json(defaults)
})

router.post('/rules/format', (req, res) => {
  const { template, values } = req.body
  const out = String(template).replace(/\{(\w+)\}/g, (_, key) => (key in values ? String(values[key]) : '')) // ok: code-injection
  res.json({ out })
})

module.exports = router
