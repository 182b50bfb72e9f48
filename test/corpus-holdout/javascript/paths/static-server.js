// corpus: path=scripts/static-server.js
const http = require('node:http')
const fs = require('node:fs')
const path = require('node:path')
const url = require('node:url')

const ROOT = path.resolve(process.argv[2] || 'dist')
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' }

http
  .createServer((req, res) => {
    const { pathname } = url.parse(req.url)
    const filePath = path.join(ROOT, decodeURIComponent(pathname)) // expect: path-traversal
    fs.readFile(filePath, (err, data) => { // also: path-traversal
      if (err) {
        res.writeHead(404)
        return res.end('not found')
      }
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(filePath)] || 'application/octet-stream' })
      res.end(data)
    })
  })
  .listen(8080, '127.0.0.1')
