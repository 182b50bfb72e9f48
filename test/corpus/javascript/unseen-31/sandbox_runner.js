'use strict'

const express = require('express')
const { Worker } = require('worker_threads')
const path = require('path')
const xml2js = require('xml2js')
const libxmljs = require('libxmljs2')
const vm = require('node:vm')

const app = express()
app.use(express.json({ limit: '256kb' }))
app.use(express.text({ type: 'application/xml', limit: '1mb' }))

const RUNNER = path.join(__dirname, 'workers', 'transform.js')

function runTransform(rules, records) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(RUNNER, { workerData: { rules, records }, resourceLimits: { maxOldGenerationSizeMb: 64 } })
    const timer = setTimeout(() => worker.terminate(), 2000)
    worker.once('message', (out) => { clearTimeout(timer); resolve(out) })
    worker.once('error', (err) => { clearTimeout(timer); reject(err) })
  })
}

app.post('/transform', async (req, res) => {
  const { rules, records } = req.body
  if (!Array.isArray(rules) || !Array.isArray(records)) return res.status(400).json({ error: 'rules and records are arrays' })
  res.json(await runTransform(rules, records))
})

app.post('/transform/script', (req, res) => {
  const { script, records } = req.body
  const worker = new Worker(`const { parentPort, workerData } = require('worker_threads');\nparentPort.postMessage(workerData.records.map((r) => { ${script} }))`, { eval: true, workerData: { records } }) // expect: code-injection
  worker.once('message', (out) => res.json(out))
  worker.once('error', (err) => res.status(422).json({ error: 'script failed' }))
})

app.post('/transform/expression', (req, res) => {
  const { expression, record } = req.body
  const context = vm.createContext({ record: structuredClone(record) })
  const script = new vm.Script(`(${expression})`) // expect: code-injection
  res.json({ value: script.runInContext(context, { timeout: 100 }) })
})

app.post('/transform/template', (req, res) => {
  const { field } = req.body
  if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(field)) return res.status(400).json({ error: 'bad field' })
  const context = vm.createContext({ record: structuredClone(req.body.record) })
  res.json({ value: vm.runInContext('record[field]', Object.assign(context, { field }), { timeout: 100 }) }) // ok: code-injection
})

app.post('/import/xml', async (req, res) => {
  const parsed = await xml2js.parseStringPromise(req.body, { explicitArray: false })
  res.json({ records: [].concat(parsed.feed.record || []).length })
})

app.post('/import/xml/validate', (req, res) => {
  const doc = libxmljs.parseXml(req.body, { noent: true, nonet: false }) // expect: xxe
  res.json({ root: doc.root().name(), records: doc.find('//record').length })
})

app.post('/import/xml/strict', (req, res) => {
  const doc = libxmljs.parseXml(req.body, { noent: false, nonet: true }) // ok: xxe
  res.json({ root: doc.root().name() })
})

module.exports = app
