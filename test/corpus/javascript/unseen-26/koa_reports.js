// corpus: path=server/routes/reports.js
const Router = require('@koa/router')
const knex = require('../db/knex')
const { requireUser } = require('../middleware/auth')

const router = new Router({ prefix: '/reports' })
const SORTABLE = new Set(['created_at', 'total', 'customer_name'])

router.use(requireUser)

router.get('/orders', async (ctx) => {
  const { status = 'open', sort = 'created_at', dir = 'desc' } = ctx.query
  const column = SORTABLE.has(sort) ? sort : 'created_at'
  const direction = dir === 'asc' ? 'asc' : 'desc'
  ctx.body = await knex('orders')
    .where({ tenant_id: ctx.state.user.tenantId, status })
    .orderBy(column, direction) // ok: sql-injection
    .limit(200)
})

router.get('/orders/export', async (ctx) => {
  const sort = ctx.query.sort || 'created_at'
  const rows = await knex('orders')
    .select('id', 'total', 'customer_name')
    .where('tenant_id', ctx.state.user.tenantId)
    .orderByRaw(`${sort} DESC`) // expect: sql-injection
  ctx.body = rows
})

router.get('/revenue', async (ctx) => {
  const from = ctx.query.from || '2024-01-01'
  const rows = await knex.raw( // ok: sql-injection
    'SELECT date_trunc(?, created_at) AS bucket, sum(total) AS revenue FROM orders WHERE tenant_id = ? AND created_at >= ? GROUP BY 1 ORDER BY 1',
    [ctx.query.bucket === 'week' ? 'week' : 'day', ctx.state.user.tenantId, from],
  )
  ctx.body = rows.rows
})

router.get('/customers/search', async (ctx) => {
  const term = ctx.query.q || ''
  const rows = await knex.raw( // expect: sql-injection
    `SELECT id, name, email FROM customers WHERE tenant_id = ${ctx.state.user.tenantId} AND name ILIKE '%${term}%' LIMIT 50`,
  )
  ctx.body = rows.rows
})

router.get('/customers/by-region', async (ctx) => {
  const region = ctx.query.region
  ctx.body = await knex('customers')
    .whereRaw('region = ? AND tenant_id = ?', [region, ctx.state.user.tenantId]) // ok: sql-injection
    .select('id', 'name')
})

router.get('/download/:id', async (ctx) => {
  const report = await knex('reports').where({ id: ctx.params.id, tenant_id: ctx.state.user.tenantId }).first()
  if (!report) ctx.throw(404)
  ctx.redirect(report.signed_url) // ok: open-redirect
})

router.get('/back', async (ctx) => {
  ctx.redirect(ctx.query.returnTo || '/reports') // expect: open-redirect
})

router.get('/back-safe', async (ctx) => {
  const target = String(ctx.query.returnTo || '')
  const safe = target.startsWith('/') && !target.startsWith('//') ? target : '/reports'
  ctx.redirect(safe) // ok: open-redirect
})

router.get('/preview', async (ctx) => {
  const title = ctx.query.title || 'Untitled report'
  ctx.type = 'html'
  ctx.body = `<!doctype html><h1>${title}</h1><div id="chart"></div>` // expect: xss
})

router.get('/preview.json', async (ctx) => {
  ctx.body = { title: ctx.query.title || 'Untitled report', generatedAt: new Date().toISOString() } // ok: xss
})

module.exports = router
