const express = require('express')
const escapeHtml = require('escape-html')
const app = express()

app.get('/search', (req, res) => {
  const q = req.query.q
  res.send('<h1>Results for ' + q + '</h1>') // expect: xss
})

app.get('/search-safe', (req, res) => {
  res.send('<h1>Results for ' + escapeHtml(req.query.q) + '</h1>') // ok: xss
})

app.get('/echo', (req, res) => {
  res.type('text/plain').send(`You said: ${req.query.q}`) // ok: xss
})
