const Router = require('@koa/router')
const { Pool } = require('pg')
const path = require('path')
const fs = require('fs')
const shell = require('shelljs')
const { execa } = require('execa')

const pool = new Pool({ connectionString: process.env.DATABASE_URL })
const router = new Router({ prefix: '/reports' })

const REPORT_DIR = path.join(__dirname, '..', 'var', 'reports')
const FORMATS = { csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }

router.get('/', async (ctx) => {
  const { rows } = await pool.query(
    'SELECT id, name, created_at FROM reports WHERE team_id = $1 ORDER BY created_at DESC',
    [ctx.state.user.teamId],
  )
  ctx.body = rows
})

router.get('/by-name', async (ctx) => {
  const name = ctx.query.name
  const { rows } = await pool.query(
    "SELECT id, name FROM reports WHERE team_id = $1 AND name LIKE '" + name + "%'", // expect: sql-injection
    [ctx.state.user.teamId],
  )
  ctx.body = rows
})

router.get('/:id', async (ctx) => {
  const { rows } = await pool.query('SELECT * FROM reports WHERE id = $1 AND team_id = $2', [
    ctx.params.id,
    ctx.state.user.teamId,
  ])
  if (!rows.length) ctx.throw(404)
  ctx.body = rows[0]
})

router.get('/:id/download', async (ctx) => {
  const format = ctx.query.format in FORMATS ? ctx.query.format : 'csv'
  const file = path.join(REPORT_DIR, `${Number(ctx.params.id)}.${format}`)
  ctx.type = FORMATS[format]
  ctx.body = fs.createReadStream(file) // ok: path-traversal
})

router.get('/files/:name', async (ctx) => {
  const file = path.resolve(REPORT_DIR, ctx.params.name)
  ctx.attachment(path.basename(file))
  ctx.body = fs.createReadStream(file) // expect: path-traversal
})

router.get('/archive/:name', async (ctx) => {
  const file = path.resolve(REPORT_DIR, ctx.params.name)
  if (!file.startsWith(REPORT_DIR + path.sep)) ctx.throw(400, 'bad path')
  ctx.body = fs.createReadStream(file) // ok: path-traversal
})

router.post('/:id/compress', async (ctx) => {
  const level = ctx.request.body.level || '6'
  const result = shell.exec(`gzip -${level} -k ${path.join(REPORT_DIR, String(Number(ctx.params.id)))}.csv`) // expect: command-injection
  ctx.body = { ok: result.code === 0 }
})

router.post('/:id/sync', async (ctx) => {
  const bucket = ctx.request.body.bucket
  const file = path.join(REPORT_DIR, `${Number(ctx.params.id)}.csv`)
  await execa('aws', ['s3', 'cp', file, `s3://${bucket}/reports/`]) // ok: command-injection
  ctx.body = { ok: true }
})

router.get('/:id/preview', async (ctx) => {
  const { rows } = await pool.query('SELECT name FROM reports WHERE id = $1', [ctx.params.id])
  ctx.type = 'html'
  ctx.body = `<h2>${ctx.query.heading || rows[0].name}</h2>` // expect: xss
})

module.exports = router
