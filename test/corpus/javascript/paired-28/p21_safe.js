// corpus: path=src/server.js
const http = require('http')
const { handle } = require('./router')

const ORIGINS = new Set(['https://app.example.com', 'https://admin.example.com'])

// Answer API calls from the browser apps, with their cookies.
http.createServer((req, res) => {
  if (ORIGINS.has(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin) // ok: permissive-cors
  res.setHeader('Access-Control-Allow-Credentials', 'true')
  res.setHeader('Vary', 'Origin')
  if (req.method === 'OPTIONS') return res.writeHead(204).end()
  handle(req, res)
}).listen(8080)
