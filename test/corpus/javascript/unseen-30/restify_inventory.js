// corpus: path=src/api/server.js
'use strict'

const restify = require('restify')
const errors = require('restify-errors')
const { Pool } = require('pg')
const { exec, execFile } = require('child_process')
const path = require('path')
const fs = require('fs')
const jwt = require('jsonwebtoken')
const logger = require('./logger')

const pool = new Pool({ connectionString: process.env.DATABASE_URL })
const REPORT_DIR = path.resolve(__dirname, '../../reports')
const LABEL_DIR = path.resolve(__dirname, '../../labels')
const SORTABLE = { name: 'name', sku: 'sku', qty: 'qty DESC', updated: 'updated_at DESC' }

const server = restify.createServer({ name: 'inventory-api', version: '2.3.0' })
server.use(restify.plugins.queryParser())
server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 1024 * 1024 }))

server.use((req, res, next) => {
  const origin = req.header('Origin')
  if (origin) {
    res.header('Access-Control-Allow-Origin', origin) // expect: permissive-cors
    res.header('Access-Control-Allow-Credentials', 'true')
  }
  return next()
})

function authenticate(req, res, next) {
  const token = (req.header('Authorization') || '').replace(/^Bearer /, '')
  try {
    req.user = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] }) // ok: jwt-weak
    return next()
  } catch (err) {
    return next(new errors.UnauthorizedError('invalid token'))
  }
}

server.get('/items', authenticate, async (req, res, next) => {
  const sort = req.query.sort || 'name'
  const { rows } = await pool.query(`SELECT id, name, sku, qty FROM items WHERE owner_id = $1 ORDER BY ${sort}`, [req.user.sub]) // expect: sql-injection
  res.send(rows)
  return next()
})

server.get('/items/search', authenticate, async (req, res, next) => {
  const order = SORTABLE[req.query.sort] || 'name'
  const term = `%${String(req.query.q || '')}%`
  const { rows } = await pool.query(`SELECT id, name, sku FROM items WHERE owner_id = $1 AND name ILIKE $2 ORDER BY ${order}`, [req.user.sub, term]) // ok: sql-injection
  res.send(rows)
  return next()
})

server.get('/items/:id', authenticate, async (req, res, next) => {
  try {
    const { rows } = await pool.query('SELECT * FROM items WHERE id = $1 AND owner_id = $2', [req.params.id, req.user.sub])
    if (!rows.length) return next(new errors.NotFoundError('no such item'))
    res.send(rows[0])
    return next()
  } catch (err) {
    res.send(500, { error: err.message, stack: err.stack }) // expect: error-exposure
    return next(false)
  }
})

server.get('/reports/:name', authenticate, (req, res, next) => {
  const file = path.join(REPORT_DIR, req.params.name)
  res.setHeader('Content-Type', 'text/csv')
  fs.createReadStream(file).on('error', next).pipe(res) // expect: path-traversal
})

server.get('/reports/:name/summary', authenticate, (req, res, next) => {
  const file = path.join(REPORT_DIR, path.basename(req.params.name))
  fs.readFile(file, 'utf8', (err, text) => { // ok: path-traversal
    if (err) return next(new errors.NotFoundError('no such report'))
    const lines = text.split('\n')
    res.send({ rows: lines.length - 1, columns: lines[0].split(',') })
    return next()
  })
})

server.post('/items/:id/barcode', authenticate, (req, res, next) => {
  const out = path.join(LABEL_DIR, `${Number(req.params.id)}.png`)
  exec(`zint -b 20 -o ${out} -d "${req.body.text}"`, (err) => { // expect: command-injection
    if (err) return next(new errors.InternalServerError('barcode failed'))
    res.send({ file: path.basename(out) })
    return next()
  })
})

server.post('/items/:id/label', authenticate, (req, res, next) => {
  const out = path.join(LABEL_DIR, `label-${Number(req.params.id)}.png`)
  execFile('zint', ['-b', '58', '-o', out, '-d', String(req.body.text)], (err) => { // ok: command-injection
    if (err) return next(new errors.InternalServerError('label failed'))
    res.send({ file: path.basename(out) })
    return next()
  })
})

server.get('/logout', (req, res, next) => {
  res.header('Set-Cookie', 'session=; Max-Age=0; Path=/')
  res.redirect(req.query.next || '/', next) // expect: open-redirect
})

server.get('/switch-warehouse', authenticate, (req, res, next) => {
  const target = /^\/[a-z0-9/-]*$/i.test(req.query.back || '') ? req.query.back : '/'
  res.redirect(target, next) // ok: open-redirect
})

server.post('/items/import', authenticate, async (req, res, next) => {
  const items = Array.isArray(req.body.items) ? req.body.items : []
  logger.info(`import by ${req.user.sub}: ${items.length} items`)
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    for (const item of items) {
      await client.query('INSERT INTO items (owner_id, name, sku, qty) VALUES ($1, $2, $3, $4)', [req.user.sub, item.name, item.sku, Number(item.qty) || 0])
    }
    await client.query('COMMIT')
    res.send(201, { imported: items.length })
  } catch (err) {
    await client.query('ROLLBACK')
    logger.error('import failed', err)
    res.send(500, { error: 'import failed' }) // ok: error-exposure
  } finally {
    client.release()
  }
  return next()
})

server.listen(process.env.PORT || 8080, () => logger.info(`${server.name} listening at ${server.url}`))
