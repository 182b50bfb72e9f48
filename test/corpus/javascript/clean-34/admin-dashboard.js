// corpus: path=src/admin/dashboard.js
'use strict'

const Router = require('@koa/router')
const views = require('@ladjs/koa-views')
const path = require('node:path')
const db = require('../db')

const router = new Router({ prefix: '/admin' })

function requireRole(role) {
  return async (ctx, next) => {
    if (!ctx.state.user || !ctx.state.user.roles.includes(role)) {
      ctx.throw(403, 'Admins only')
    }
    await next()
  }
}

router.use(views(path.join(__dirname, 'views'), { extension: 'pug' }))
router.use(requireRole('admin'))

router.get('/', async (ctx) => {
  const [signups] = await db('accounts').where('created_at', '>', db.raw("now() - interval '7 days'")).count({ n: '*' })
  const revenue = await db('invoices')
    .select(db.raw("date_trunc('day', created_at) as day"))
    .sum({ cents: 'total_cents' })
    .where('created_at', '>', db.raw("now() - interval '30 days'"))
    .groupBy('day')
    .orderBy('day')
  await ctx.render('dashboard', { signups: Number(signups.n), revenue })
})

router.get('/accounts', async (ctx) => {
  const page = Math.max(1, Number.parseInt(ctx.query.page, 10) || 1)
  const search = typeof ctx.query.q === 'string' ? ctx.query.q.trim() : ''
  const query = db('accounts').select('id', 'email', 'plan', 'created_at').orderBy('created_at', 'desc').limit(50).offset((page - 1) * 50)
  if (search) query.whereILike('email', `%${search}%`)
  await ctx.render('accounts', { accounts: await query, page, search })
})

router.post('/accounts/:id/suspend', async (ctx) => {
  const updated = await db('accounts').where({ id: ctx.params.id }).update({ suspended_at: db.fn.now() })
  if (!updated) ctx.throw(404)
  await db('audit_log').insert({ actor_id: ctx.state.user.id, action: 'account.suspend', target_id: ctx.params.id })
  ctx.redirect('/admin/accounts')
})

module.exports = router
