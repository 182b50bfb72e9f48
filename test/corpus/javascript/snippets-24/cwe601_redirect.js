const express = require('express')
const app = express()

app.get('/go', (req, res) => {
  res.redirect(req.query.url) // expect: open-redirect
})

app.get('/go-safe', (req, res) => {
  const target = req.query.url
  if (typeof target === 'string' && target.startsWith('/') && !target.startsWith('//')) {
    return res.redirect(target) // ok: open-redirect
  }
  res.redirect('/')
})

app.get('/go-host', (req, res) => {
  const target = req.query.url
  if (target.includes('example.com')) {
    return res.redirect(target) // expect: open-redirect
  }
  res.redirect('/')
})
