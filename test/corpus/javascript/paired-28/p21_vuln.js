// corpus: path=src/server.js
const http = require('http')
const { handle } = require('./router')

// Answer API calls from the browser apps, with their cookies.
http.createServer((req, res) => {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*') // expect: permissive-cors
  res.setHeader('Access-Control-Allow-Credentials', 'true')
  if (req.method === 'OPTIONS') return res.writeHead(204).end()
  handle(req, res)
}).listen(8080)
