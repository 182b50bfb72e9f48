// corpus: path=tools/preview-server.js
'use strict'

const http = require('http')
const fs = require('fs')
const path = require('path')
const { URL } = require('url')
const AdmZip = require('adm-zip')
const got = require('got')

const ROOT = path.resolve(process.env.PREVIEW_ROOT || './dist')
const UPLOADS = path.resolve(process.env.PREVIEW_UPLOADS || './uploads')
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' }

function send(res, status, body, type = 'text/plain') {
  res.writeHead(status, { 'content-type': type })
  res.end(body)
}

function serveStatic(req, res, url) {
  const requested = decodeURIComponent(url.pathname)
  const file = path.normalize(path.join(ROOT, requested))
  if (!file.startsWith(ROOT + path.sep)) return send(res, 403, 'forbidden')
  fs.readFile(file, (err, data) => { // ok: path-traversal
    if (err) return send(res, 404, 'not found')
    send(res, 200, data, TYPES[path.extname(file)] || 'application/octet-stream')
  })
}

function serveRaw(req, res, url) {
  const file = path.join(UPLOADS, url.searchParams.get('file'))
  fs.createReadStream(file).on('error', () => send(res, 404, 'not found')).pipe(res) // expect: path-traversal
}

function extractBundle(req, res, url) {
  const zip = new AdmZip(path.join(UPLOADS, 'bundle.zip'))
  const dest = path.join(ROOT, 'bundles', String(Date.now()))
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue
    const target = path.join(dest, entry.entryName)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.writeFileSync(target, entry.getData()) // expect: path-traversal
  }
  send(res, 201, dest)
}

function extractBundleChecked(req, res, url) {
  const zip = new AdmZip(path.join(UPLOADS, 'bundle.zip'))
  const dest = path.join(ROOT, 'bundles', String(Date.now()))
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue
    const target = path.resolve(dest, entry.entryName)
    if (!target.startsWith(dest + path.sep)) continue
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.writeFileSync(target, entry.getData()) // ok: path-traversal
  }
  send(res, 201, dest)
}

async function proxyApi(req, res, url) {
  const upstream = url.searchParams.get('upstream')
  const body = await got(upstream, { timeout: { request: 5000 } }).text() // expect: ssrf
  send(res, 200, body, 'application/json')
}

async function proxyStaging(req, res, url) {
  const upstream = process.env.STAGING_API + url.pathname.replace(/^\/staging/, '')
  const body = await got(upstream, { timeout: { request: 5000 } }).text() // expect: ssrf
  send(res, 200, body, 'application/json')
}

function notFound(req, res, url) {
  const from = url.searchParams.get('from') || 'a link'
  send(res, 404, `<h1>Page not found</h1><p>You followed ${from}</p>`, 'text/html') // expect: xss
}

http
  .createServer((req, res) => {
    const url = new URL(req.url, `http://${req.headers.host}`)
    if (url.pathname === '/raw') return serveRaw(req, res, url)
    if (url.pathname === '/bundle' && req.method === 'POST') return extractBundle(req, res, url)
    if (url.pathname === '/bundle-checked' && req.method === 'POST') return extractBundleChecked(req, res, url)
    if (url.pathname === '/api') return proxyApi(req, res, url).catch(() => send(res, 502, 'bad gateway'))
    if (url.pathname.startsWith('/staging/')) return proxyStaging(req, res, url).catch(() => send(res, 502, 'bad gateway'))
    if (url.pathname.startsWith('/missing')) return notFound(req, res, url)
    return serveStatic(req, res, url)
  })
  .listen(Number(process.env.PORT) || 4173)
