const libxmljs = require('libxmljs')
const express = require('express')
const app = express()
app.use(express.text({ type: 'application/xml' }))

app.post('/import', (req, res) => {
  const doc = libxmljs.parseXml(req.body, { noent: true }) // expect: xxe
  res.json({ root: doc.root().name() })
})

app.post('/import-safe', (req, res) => {
  const doc = libxmljs.parseXml(req.body) // ok: xxe
  res.json({ root: doc.root().name() })
})
