// corpus: path=src/server.js
const http = require('http')

// Greet the visitor by the name in the query string.
http.createServer((req, res) => {
  const name = new URL(req.url, 'http://localhost').searchParams.get('name') || 'guest'
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
  res.end(`<!doctype html><h1>Hello, ${name}!</h1>`) // expect: xss
}).listen(3000)
