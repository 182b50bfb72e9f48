// corpus: path=server/index.js
const uWS = require('uWebSockets.js')
const fs = require('fs')
const path = require('path')
const { execFile, exec } = require('child_process')
const cassandra = require('cassandra-driver')

// Telemetry gateway: devices post readings over HTTP, dashboards read them back.
const client = new cassandra.Client({
  contactPoints: (process.env.CASSANDRA_HOSTS || '127.0.0.1').split(','),
  localDataCenter: 'dc1',
  keyspace: 'telemetry',
})
const FIRMWARE_DIR = '/srv/firmware'
const port = Number(process.env.PORT || 9001)

function readJson(res, cb) {
  let buffer = Buffer.alloc(0)
  res.onData((chunk, isLast) => {
    buffer = Buffer.concat([buffer, Buffer.from(chunk)])
    if (isLast) cb(JSON.parse(buffer.toString('utf8')))
  })
  res.onAborted(() => {})
}

const app = uWS.App()

app.get('/readings/:device', (res, req) => {
  const device = req.getParameter(0)
  const since = req.getQuery('since') || '1970-01-01'
  res.onAborted(() => { res.aborted = true })
  client.execute(`SELECT ts, metric, value FROM readings WHERE device_id = '${device}' AND ts > '${since}'`) // expect: sql-injection
    .then((result) => { if (!res.aborted) res.cork(() => res.writeHeader('Content-Type', 'application/json').end(JSON.stringify(result.rows))) })
    .catch(() => { if (!res.aborted) res.cork(() => res.writeStatus('500 Internal Server Error').end()) })
})

app.get('/v2/readings/:device', (res, req) => {
  const device = req.getParameter(0)
  const since = req.getQuery('since') || '1970-01-01'
  res.onAborted(() => { res.aborted = true })
  client.execute('SELECT ts, metric, value FROM readings WHERE device_id = ? AND ts > ?', [device, since], { prepare: true }) // ok: sql-injection
    .then((result) => { if (!res.aborted) res.cork(() => res.writeHeader('Content-Type', 'application/json').end(JSON.stringify(result.rows))) })
    .catch(() => { if (!res.aborted) res.cork(() => res.writeStatus('500 Internal Server Error').end()) })
})

app.get('/firmware/:name', (res, req) => {
  const name = req.getParameter(0)
  const data = fs.readFileSync(path.join(FIRMWARE_DIR, name)) // expect: path-traversal
  res.writeHeader('Content-Type', 'application/octet-stream').end(data)
})

app.get('/v2/firmware/:name', (res, req) => {
  const name = path.basename(req.getParameter(0))
  const data = fs.readFileSync(path.join(FIRMWARE_DIR, name)) // ok: path-traversal
  res.writeHeader('Content-Type', 'application/octet-stream').end(data)
})

app.get('/hello', (res, req) => {
  const name = req.getQuery('name') || 'device'
  res.writeHeader('Content-Type', 'text/html; charset=utf-8').end(`<p>Hello, ${name}</p>`) // expect: xss
})

app.get('/v2/hello', (res, req) => {
  const name = req.getQuery('name') || 'device'
  res.writeHeader('Content-Type', 'text/plain; charset=utf-8').end(`Hello, ${name}`) // ok: xss
})

app.post('/diag/ping', (res, req) => {
  res.onAborted(() => { res.aborted = true })
  readJson(res, ({ host }) => {
    exec(`ping -c 3 ${host}`, (err, stdout) => { // expect: command-injection
      if (!res.aborted) res.cork(() => res.end(err ? 'failed' : stdout))
    })
  })
})

app.post('/v2/diag/ping', (res, req) => {
  res.onAborted(() => { res.aborted = true })
  readJson(res, ({ host }) => {
    if (!/^[a-z0-9.-]+$/i.test(host)) return res.cork(() => res.writeStatus('400 Bad Request').end('bad host'))
    execFile('ping', ['-c', '3', host], (err, stdout) => { // ok: command-injection
      if (!res.aborted) res.cork(() => res.end(err ? 'failed' : stdout))
    })
  })
})

app.listen(port, (token) => {
  if (!token) process.exit(1)
})
