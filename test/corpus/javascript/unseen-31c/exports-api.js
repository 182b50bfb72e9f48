// corpus: path=functions/exports/handler.js
'use strict'

// HTTP API (API Gateway v2) in front of the report export service, plus the legacy ALB target
// that the old dashboard still calls. Both are public: the authorizer only checks that a JWT is
// present, so every query string, path parameter and body below is whatever the caller typed.

const { execFile, exec } = require('node:child_process')
const { promisify } = require('node:util')
const fs = require('node:fs/promises')
const path = require('node:path')
const { Pool } = require('pg')

const execFileAsync = promisify(execFile)
const execAsync = promisify(exec)

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 2 })
const EXPORT_ROOT = '/tmp/exports'
const FORMATS = new Set(['csv', 'xlsx', 'pdf'])
const ALLOWED_RETURN_HOSTS = new Set(['app.example.com', 'dashboard.example.com'])

function json(statusCode, body) {
  return { statusCode, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
}

// API Gateway hands the body over base64-encoded when the client sent a binary content type.
function readBody(event) {
  if (!event.body) return {}
  const raw = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body
  return JSON.parse(raw)
}

exports.listExports = async (event) => {
  const params = new URLSearchParams(event.rawQueryString || '')
  const account = event.pathParameters.accountId
  const sort = params.get('sort') || 'created_at'
  const { rows } = await pool.query( // expect: sql-injection
    `SELECT id, name, format, created_at FROM exports WHERE account_id = $1 ORDER BY ${sort} DESC LIMIT 50`,
    [account],
  )
  return json(200, rows)
}

exports.listExportsPaged = async (event) => {
  const params = new URLSearchParams(event.rawQueryString || '')
  const account = event.pathParameters.accountId
  const page = Math.max(0, Number.parseInt(params.get('page') || '0', 10))
  const { rows } = await pool.query( // ok: sql-injection
    'SELECT id, name, format, created_at FROM exports WHERE account_id = $1 ORDER BY created_at DESC LIMIT 50 OFFSET $2',
    [account, page * 50],
  )
  return json(200, rows)
}

exports.download = async (event) => {
  const { fileName } = event.pathParameters
  const data = await fs.readFile(path.join(EXPORT_ROOT, fileName)) // expect: path-traversal
  return { statusCode: 200, headers: { 'content-type': 'application/octet-stream' }, body: data.toString('base64'), isBase64Encoded: true }
}

exports.downloadSafe = async (event) => {
  const { fileName } = event.pathParameters
  const data = await fs.readFile(path.join(EXPORT_ROOT, path.basename(fileName))) // ok: path-traversal
  return { statusCode: 200, headers: { 'content-type': 'application/octet-stream' }, body: data.toString('base64'), isBase64Encoded: true }
}

exports.convert = async (event) => {
  const body = readBody(event)
  const source = path.join(EXPORT_ROOT, `${body.exportId}.csv`)
  await execAsync(`ssconvert ${source} ${EXPORT_ROOT}/${body.exportId}.${body.format}`) // expect: command-injection
  return json(202, { queued: true })
}

exports.convertChecked = async (event) => {
  const body = readBody(event)
  if (!/^[0-9a-f-]{36}$/.test(String(body.exportId)) || !FORMATS.has(body.format)) return json(400, { error: 'bad request' })
  const source = path.join(EXPORT_ROOT, `${body.exportId}.csv`)
  await execFileAsync('ssconvert', [source, `${EXPORT_ROOT}/${body.exportId}.${body.format}`]) // ok: command-injection
  return json(202, { queued: true })
}

// The ALB target: query string values arrive URL-encoded in queryStringParameters.
exports.albLogin = async (event) => {
  const qs = event.queryStringParameters || {}
  const next = decodeURIComponent(qs.next || '/')
  return { statusCode: 302, headers: { Location: next }, body: '' } // expect: open-redirect
}

exports.albLoginChecked = async (event) => {
  const qs = event.queryStringParameters || {}
  let next = '/'
  try {
    const target = new URL(decodeURIComponent(qs.next || '/'), 'https://app.example.com')
    if (ALLOWED_RETURN_HOSTS.has(target.hostname)) next = target.toString()
  } catch {
    next = '/'
  }
  return { statusCode: 302, headers: { Location: next }, body: '' } // ok: open-redirect
}

exports.preview = async (event) => {
  const params = new URLSearchParams(event.rawQueryString || '')
  const title = params.get('title') || 'Export'
  return { // expect: xss
    statusCode: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: `<!doctype html><title>${title}</title><h1>${title}</h1>`,
  }
}

exports.previewEscaped = async (event) => {
  const params = new URLSearchParams(event.rawQueryString || '')
  const title = (params.get('title') || 'Export').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
  return { // ok: xss
    statusCode: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: `<!doctype html><title>${title}</title><h1>${title}</h1>`,
  }
}

exports.health = async () => json(200, { ok: true })
