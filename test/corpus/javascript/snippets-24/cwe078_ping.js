const { exec, execFile } = require('child_process')
const http = require('http')
const url = require('url')

http.createServer((req, res) => {
  const { query } = url.parse(req.url, true)
  if (query.safe) {
    execFile('ping', ['-c', '1', String(query.host)], (err, out) => res.end(out)) // ok: command-injection
    return
  }
  exec('ping -c 1 ' + query.host, (err, out) => { // expect: command-injection
    res.end(out)
  })
}).listen(8080)
