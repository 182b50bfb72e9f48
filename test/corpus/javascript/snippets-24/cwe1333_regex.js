const express = require('express')
const app = express()

app.get('/filter', (req, res) => {
  const re = new RegExp(req.query.pattern) // expect: regex-injection
  res.json(NAMES.filter((n) => re.test(n)))
})

app.get('/filter-safe', (req, res) => {
  const escaped = String(req.query.pattern).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const re = new RegExp(escaped, 'i') // ok: regex-injection
  res.json(NAMES.filter((n) => re.test(n)))
})
