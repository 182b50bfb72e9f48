// corpus: path=src/server.js
const http = require('http')
const escapeHtml = require('escape-html')

// Greet the visitor by the name in the query string.
http.createServer((req, res) => {
  const name = new URL(req.url, 'http://localhost').searchParams.get('name') || 'guest'
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
  res.end(`<!doctype html><h1>Hello, ${escapeHtml(name)}!</h1>`) // ok: xss
}).listen(3000)
