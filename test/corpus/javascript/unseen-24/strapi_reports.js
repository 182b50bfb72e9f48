// corpus: path=src/api/report/controllers/report.js
'use strict'

const { createCoreController } = require('@strapi/strapi').factories

const SORTABLE = new Set(['created_at', 'amount', 'status'])

module.exports = createCoreController('api::report.report', ({ strapi }) => ({
  async summary(ctx) {
    const { from, to } = ctx.query
    const rows = await strapi.db.connection.raw(
      'SELECT status, SUM(amount) AS total FROM orders WHERE created_at BETWEEN ? AND ? GROUP BY status', // ok: sql-injection
      [from, to],
    )
    ctx.body = { data: rows.rows }
  },

  async search(ctx) {
    const term = ctx.query.q || ''
    const rows = await strapi.db.connection.raw(
      `SELECT id, title FROM articles WHERE title ILIKE '%${term}%' ORDER BY id DESC LIMIT 50`, // expect: sql-injection
    )
    ctx.body = { data: rows.rows }
  },

  async sorted(ctx) {
    const column = SORTABLE.has(ctx.query.sort) ? ctx.query.sort : 'created_at'
    const rows = await strapi.db.connection('orders').select('*').orderByRaw(`${column} DESC`) // ok: sql-injection
    ctx.body = { data: rows }
  },

  async byOwner(ctx) {
    const owner = ctx.params.owner
    const rows = await strapi.db.connection('orders').whereRaw(`owner = '${owner}'`) // expect: sql-injection
    ctx.body = { data: rows }
  },

  async export(ctx) {
    const entries = await strapi.entityService.findMany('api::report.report', {
      filters: { owner: ctx.state.user.id },
      sort: { createdAt: 'desc' },
      limit: 500,
    })
    ctx.set('content-type', 'text/csv')
    ctx.body = entries.map((e) => [e.id, e.title, e.amount].join(',')).join('\n')
  },

  async preview(ctx) {
    const { title } = ctx.request.body
    ctx.type = 'html'
    ctx.body = `<article><h2>${title}</h2></article>` // expect: xss
  },

  async update(ctx) {
    const { id } = ctx.params
    const entry = await strapi.entityService.update('api::report.report', id, { // expect: mass-assignment
      data: ctx.request.body,
    })
    ctx.body = entry
  },

  async rename(ctx) {
    const { id } = ctx.params
    const { title } = ctx.request.body
    const entry = await strapi.entityService.update('api::report.report', id, { // ok: mass-assignment
      data: { title },
    })
    ctx.body = entry
  },
}))
