// corpus: path=server/routes/documents.js
'use strict'

const Path = require('path')
const Fs = require('fs/promises')
const Boom = require('@hapi/boom')
const Joi = require('joi')
const { exec } = require('child_process')
const { promisify } = require('util')
const db = require('../db')

const execAsync = promisify(exec)
const DOCS_ROOT = Path.resolve(process.env.DOCS_ROOT || '/var/lib/docs')
const ALLOWED_RETURN_HOSTS = new Set(['app.example.com', 'docs.example.com'])

module.exports = [
  {
    method: 'GET',
    path: '/documents',
    options: { auth: 'session' },
    handler: async (request, h) => {
      const { folder = 'inbox', sort = 'created_at' } = request.query
      const rows = await db.query(
        `SELECT id, title, created_at FROM documents WHERE owner_id = $1 AND folder = $2 ORDER BY ${sort} DESC`, // expect: sql-injection
        [request.auth.credentials.id, folder]
      )
      return rows
    },
  },
  {
    method: 'GET',
    path: '/documents/search',
    options: {
      auth: 'session',
      validate: { query: Joi.object({ q: Joi.string().max(200).required(), limit: Joi.number().integer().max(100) }) },
    },
    handler: async (request) => {
      const { q, limit = 20 } = request.query
      return db.query('SELECT id, title FROM documents WHERE owner_id = $1 AND title ILIKE $2 LIMIT $3', [ // ok: sql-injection
        request.auth.credentials.id,
        `%${q}%`,
        limit,
      ])
    },
  },
  {
    method: 'GET',
    path: '/documents/{id}/download',
    options: { auth: 'session' },
    handler: async (request, h) => {
      const doc = await db.one('SELECT storage_path, mime FROM documents WHERE id = $1 AND owner_id = $2', [
        request.params.id,
        request.auth.credentials.id,
      ])
      if (!doc) throw Boom.notFound()
      const body = await Fs.readFile(Path.join(DOCS_ROOT, doc.storage_path))
      return h.response(body).type(doc.mime)
    },
  },
  {
    method: 'GET',
    path: '/attachments/{name*}',
    options: { auth: 'session' },
    handler: async (request, h) => {
      const file = Path.join(DOCS_ROOT, 'attachments', request.params.name)
      const body = await Fs.readFile(file) // expect: path-traversal
      return h.response(body).type('application/octet-stream')
    },
  },
  {
    method: 'GET',
    path: '/shared/{name}',
    handler: async (request, h) => {
      const file = Path.resolve(DOCS_ROOT, 'shared', request.params.name)
      if (!file.startsWith(DOCS_ROOT + Path.sep)) throw Boom.forbidden()
      return h.response(await Fs.readFile(file)).type('application/pdf') // ok: path-traversal
    },
  },
  {
    method: 'POST',
    path: '/documents/{id}/convert',
    options: { auth: 'session' },
    handler: async (request, h) => {
      const { format } = request.payload
      const doc = await db.one('SELECT storage_path FROM documents WHERE id = $1', [request.params.id])
      const source = Path.join(DOCS_ROOT, doc.storage_path)
      await execAsync(`soffice --headless --convert-to ${format} --outdir /tmp/convert "${source}"`) // expect: command-injection
      return h.response({ queued: true }).code(202)
    },
  },
  {
    method: 'GET',
    path: '/logout',
    handler: (request, h) => {
      request.cookieAuth.clear()
      return h.redirect(request.query.next || '/') // expect: open-redirect
    },
  },
  {
    method: 'GET',
    path: '/login/done',
    handler: (request, h) => {
      let target = '/'
      try {
        const url = new URL(request.query.returnTo)
        if (url.protocol === 'https:' && ALLOWED_RETURN_HOSTS.has(url.hostname)) target = url.href
      } catch (err) {
        target = '/'
      }
      return h.redirect(target) // ok: open-redirect
    },
  },
  {
    method: 'GET',
    path: '/preview',
    handler: (request, h) => {
      const title = request.query.title || 'Untitled'
      return h.response(`<html><head><title>${title}</title></head><body><div id="app"></div></body></html>`).type('text/html') // expect: xss
    },
  },
  {
    method: 'POST',
    path: '/feedback',
    handler: async (request, h) => {
      const { message, email } = request.payload
      await db.query('INSERT INTO feedback (email, message) VALUES ($1, $2)', [email, message])
      return h.response({ ok: true }).code(201)
    },
  },
]
