// corpus: path=server/routes/plugins.js
const express = require('express')
const path = require('path')
const vm = require('vm')
const { fork } = require('child_process')
const _ = require('lodash')

const router = express.Router()
const PLUGIN_DIR = path.join(__dirname, '..', 'plugins')
const KNOWN_PLUGINS = new Set(['csv-export', 'slack-notify', 'pdf-render'])

router.post('/plugins/load', (req, res) => {
  const mod = require(req.body.module) // expect: code-injection
  res.json({ name: mod.name })
})

router.post('/plugins/load-known', (req, res) => {
  const name = String(req.body.name)
  if (!KNOWN_PLUGINS.has(name)) return res.status(400).json({ error: 'unknown plugin' })
  const mod = require(path.join(PLUGIN_DIR, name)) // ok: code-injection
  res.json({ name: mod.name })
})

router.post('/plugins/run', (req, res) => {
  const child = fork(req.body.script, [], { silent: true }) // expect: command-injection
  child.on('exit', (code) => res.json({ code }))
})

router.post('/plugins/eval', (req, res) => {
  const sandbox = { input: req.body.input, result: null }
  vm.runInNewContext('result = input.trim().toUpperCase()', sandbox, { timeout: 50 }) // ok: code-injection
  res.json({ result: sandbox.result })
})

router.post('/plugins/formula', (req, res) => {
  const result = vm.runInNewContext(req.body.formula, { Math }, { timeout: 50 }) // expect: code-injection
  res.json({ result })
})

router.put('/plugins/:id/settings', async (req, res) => {
  const plugin = await req.db.plugins.findById(req.params.id)
  const settings = _.merge({}, plugin.settings, req.body) // expect: prototype-pollution
  await req.db.plugins.update(req.params.id, { settings })
  res.json(settings)
})

router.put('/plugins/:id/label', async (req, res) => {
  const label = String(req.body.label ?? '').slice(0, 80)
  await req.db.plugins.update(req.params.id, { label })
  res.json({ label })
})

router.get('/plugins/view', (req, res) => {
  res.render(req.query.view || 'plugins/index') // expect: path-traversal
})

module.exports = router
