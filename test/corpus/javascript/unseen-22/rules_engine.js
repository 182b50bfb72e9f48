// corpus: path=src/routes/rules.js
const express = require('express')
const vm = require('vm')
const serialize = require('node-serialize')
const yaml = require('js-yaml')
const { Rule } = require('../models')

const router = express.Router()

const OPERATORS = {
  gt: (a, b) => a > b,
  lt: (a, b) => a < b,
  eq: (a, b) => a === b,
}

router.post('/rules/evaluate', async (req, res) => {
  const { expression, context } = req.body
  const sandbox = vm.createContext({ ...context })
  const result = vm.runInContext(expression, sandbox, { timeout: 50 }) // expect: code-injection
  res.json({ result })
})

router.post('/rules/compare', async (req, res) => {
  const { op, left, right } = req.body
  const fn = OPERATORS[op]
  if (typeof fn !== 'function') return res.status(422).json({ error: 'validation_failed' })
  res.json({ result: fn(Number(left), Number(right)) }) // ok: code-injection
})

router.post('/rules/formula', async (req, res) => {
  const compute = new Function('row', `return (${req.body.formula})`) // expect: code-injection
  const rows = await Rule.sampleRows(req.user.teamId)
  res.json(rows.map((row) => compute(row)))
})

router.get('/rules/defaults', (req, res) => {
  const defaults = eval('({ threshold: 10, window: "1h" })') // ok: code-injection
  res.json(defaults)
})

router.post('/rules/import', express.text({ type: 'application/yaml' }), async (req, res) => {
  const doc = yaml.load(req.body, { schema: yaml.JSON_SCHEMA }) // ok: unsafe-deserialization
  const rules = Array.isArray(doc.rules) ? doc.rules : []
  const created = await Rule.bulkCreate(
    rules.map((r) => ({ name: String(r.name), threshold: Number(r.threshold), teamId: req.user.teamId })),
  )
  res.status(201).json({ created: created.length })
})

router.get('/rules/draft', (req, res) => {
  const raw = req.cookies.rule_draft
  if (!raw) return res.json({})
  const draft = serialize.unserialize(Buffer.from(raw, 'base64').toString()) // expect: unsafe-deserialization
  res.json(draft)
})

router.get('/rules/draft-v2', (req, res) => {
  const raw = req.cookies.rule_draft_v2
  if (!raw) return res.json({})
  let draft
  try {
    draft = JSON.parse(Buffer.from(raw, 'base64').toString()) // ok: unsafe-deserialization
  } catch {
    draft = {}
  }
  res.json({ name: String(draft.name || ''), threshold: Number(draft.threshold) || 0 })
})

router.get('/rules/schedule', (req, res) => {
  const delay = Number(req.query.delay) || 1000
  setTimeout(() => Rule.refreshCache(req.user.teamId), Math.min(delay, 60000)) // ok: code-injection
  res.json({ scheduled: true })
})

module.exports = router
