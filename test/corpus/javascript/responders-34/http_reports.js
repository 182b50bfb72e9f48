// corpus: path=server/reports.js
'use strict'

const http = require('http')
const { URL } = require('url')
const he = require('he')
const store = require('./store')

const PORT = Number(process.env.PORT || 8080)

function respondHtml(res, status, html) {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' })
  res.end(html) // expect: xss
}

function respondText(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' })
  res.end(text) // ok: xss
}

function respondJson(res, status, payload) {
  res.writeHead(status, { 'Content-Type': 'application/json' })
  res.end(JSON.stringify(payload))
}

function reportRow(report) {
  return `<tr><td>${he.encode(report.name)}</td><td>${report.rows}</td></tr>`
}

async function handle(req, res) {
  const url = new URL(req.url, `http://${req.headers.host}`)
  if (url.pathname === '/health') {
    return respondJson(res, 200, { ok: true })
  }
  if (url.pathname === '/reports') {
    const owner = url.searchParams.get('owner') || ''
    const reports = await store.reportsFor(owner)
    const rows = reports.map(reportRow).join('')
    return respondHtml(res, 200, `<h1>Reports for ${owner}</h1><table>${rows}</table>`)
  }
  if (url.pathname === '/reports/search') {
    const term = url.searchParams.get('q') || ''
    const reports = await store.search(term)
    const rows = reports.map(reportRow).join('')
    return respondHtml(res, 200, `<h1>${reports.length} results for ${he.encode(term)}</h1><table>${rows}</table>`)
  }
  if (url.pathname === '/reports/raw') {
    const name = url.searchParams.get('name') || ''
    return respondText(res, 200, `raw export for ${name} is not available yet`)
  }
  respondText(res, 404, 'not found')
}

http.createServer((req, res) => {
  handle(req, res).catch((err) => {
    console.error(err)
    respondText(res, 500, 'internal error')
  })
}).listen(PORT)
