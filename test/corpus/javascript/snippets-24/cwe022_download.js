const express = require('express')
const fs = require('fs')
const path = require('path')
const app = express()

app.get('/download', (req, res) => {
  const fileName = req.query.file
  const data = fs.readFileSync('/var/www/files/' + fileName) // expect: path-traversal
  res.send(data)
})

app.get('/download-safe', (req, res) => {
  const root = '/var/www/files'
  const full = path.resolve(root, String(req.query.file))
  if (!full.startsWith(root + path.sep)) return res.status(403).end()
  res.send(fs.readFileSync(full)) // ok: path-traversal
})
