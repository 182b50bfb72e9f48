// corpus: path=src/server/routes/documents.js
'use strict'

const Hapi = require('@hapi/hapi')
const Boom = require('@hapi/boom')
const Joi = require('joi')
const Inert = require('@hapi/inert')
const path = require('path')
const fs = require('fs/promises')
const { Pool } = require('pg')
const { execFile, exec } = require('child_process')
const { promisify } = require('util')

const execFileAsync = promisify(execFile)
const pool = new Pool({ connectionString: process.env.DATABASE_URL })
const STORAGE = path.resolve(process.env.STORAGE_DIR || '/srv/documents')
const AFTER_LOGOUT = new Set(['/', '/login', '/documents'])
const ORDER_COLUMNS = new Map([['title', 'title'], ['created', 'created_at DESC'], ['size', 'byte_size DESC']])

async function init() {
  const server = Hapi.server({ port: Number(process.env.PORT) || 3000, host: '0.0.0.0' })
  await server.register(Inert)

  server.state('docs_sid', {
    ttl: 24 * 60 * 60 * 1000,
    isSecure: false, // expect: insecure-cookie
    isHttpOnly: true,
    encoding: 'iron',
    password: process.env.COOKIE_PASSWORD,
    path: '/',
  })

  server.state('docs_lang', {
    ttl: 365 * 24 * 60 * 60 * 1000,
    isSecure: false, // ok: insecure-cookie
    isHttpOnly: false,
    encoding: 'none',
  })

  server.route({
    method: 'GET',
    path: '/documents',
    handler: async (request) => {
      const { folder, sort } = request.query
      const order = ORDER_COLUMNS.get(sort) || 'title'
      const { rows } = await pool.query(`SELECT id, title, byte_size FROM documents WHERE folder = $1 ORDER BY ${order}`, [folder]) // ok: sql-injection
      return rows
    },
  })

  server.route({
    method: 'GET',
    path: '/documents/search',
    handler: async (request) => {
      const q = request.query.q || ''
      const { rows } = await pool.query(`SELECT id, title FROM documents WHERE title ILIKE '%${q}%' LIMIT 50`) // expect: sql-injection
      return rows
    },
  })

  server.route({
    method: 'GET',
    path: '/documents/{folder}/{name}',
    handler: async (request, h) => {
      const file = path.join(STORAGE, request.params.folder, request.params.name)
      const data = await fs.readFile(file) // expect: path-traversal
      return h.response(data).type('application/octet-stream')
    },
  })

  server.route({
    method: 'GET',
    path: '/documents/{id}/download',
    options: { validate: { params: Joi.object({ id: Joi.number().integer().positive() }) } },
    handler: async (request, h) => {
      const { rows } = await pool.query('SELECT stored_name, title FROM documents WHERE id = $1', [request.params.id])
      if (!rows.length) throw Boom.notFound()
      return h.file(path.join(STORAGE, rows[0].stored_name), { confine: STORAGE, mode: 'attachment', filename: rows[0].title }) // ok: path-traversal
    },
  })

  server.route({
    method: 'POST',
    path: '/documents/{id}/thumbnail',
    handler: async (request) => {
      const { page } = request.payload
      const { rows } = await pool.query('SELECT stored_name FROM documents WHERE id = $1', [request.params.id])
      if (!rows.length) throw Boom.notFound()
      const source = path.join(STORAGE, rows[0].stored_name)
      exec(`pdftoppm -png -f ${page} -singlefile "${source}" /tmp/thumb-${request.params.id}`) // expect: command-injection
      return { queued: true }
    },
  })

  server.route({
    method: 'POST',
    path: '/documents/{id}/preview',
    options: { validate: { payload: Joi.object({ page: Joi.number().integer().min(1).max(500) }) } },
    handler: async (request) => {
      const { rows } = await pool.query('SELECT stored_name FROM documents WHERE id = $1', [request.params.id])
      if (!rows.length) throw Boom.notFound()
      const source = path.join(STORAGE, rows[0].stored_name)
      await execFileAsync('pdftoppm', ['-png', '-f', String(request.payload.page), '-singlefile', source, path.join(STORAGE, 'previews', String(rows[0].id))]) // ok: command-injection
      return { ok: true }
    },
  })

  server.route({
    method: 'GET',
    path: '/login/done',
    handler: (request, h) => {
      return h.redirect(request.query.returnTo || '/documents') // expect: open-redirect
    },
  })

  server.route({
    method: 'GET',
    path: '/logout',
    handler: (request, h) => {
      const target = AFTER_LOGOUT.has(request.query.back) ? request.query.back : '/'
      return h.redirect(target).unstate('docs_sid') // ok: open-redirect
    },
  })

  server.route({
    method: 'GET',
    path: '/shared/{token}',
    handler: async (request, h) => {
      const { rows } = await pool.query('SELECT document_id FROM share_links WHERE token = $1 AND expires_at > now()', [request.params.token])
      if (!rows.length) {
        return h.response(`<h1>Link expired</h1><p>The link ${request.params.token} is no longer valid.</p>`).type('text/html').code(404) // expect: xss
      }
      return h.redirect(`/documents/${rows[0].document_id}/download`)
    },
  })

  server.ext('onPreResponse', (request, h) => {
    const response = request.response
    if (!response.isBoom) return h.continue
    if (response.output.statusCode >= 500) {
      request.log(['error'], response)
      return h.response({ error: 'internal error' }).code(500) // ok: error-exposure
    }
    return h.continue
  })

  await server.start()
  return server
}

module.exports = { init }
