'use strict'

const express = require('express')
const { Worker } = require('worker_threads')
const path = require('path')
const xml2js = require('xml2js')

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

app.post('/import/xml', async (req, res) => {
  const parsed = await xml2js.parseStringPromise(req.body, { explicitArray: false })
  res.json({ records: [].concat(parsed.feed.record || []).length })
})

module.exports = app
