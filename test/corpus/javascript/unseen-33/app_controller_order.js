// corpus: path=app/controller/order.js
'use strict'

// Egg.js controller: ctx.query, ctx.params and ctx.request.body are the shop customer's request.
// config.security.domainWhiteList is left empty in this app, so ctx.redirect checks no host.
const Controller = require('egg').Controller

const SORT_COLUMNS = { newest: 'created_at DESC', total: 'total DESC', status: 'status ASC' }

class OrderController extends Controller {
  async index() {
    const { ctx, app } = this
    const status = ctx.query.status || 'open'
    const rows = await app.mysql.query(`SELECT id, total, status FROM orders WHERE customer_id = ? AND status = '${status}'`, [ctx.user.id]) // expect: sql-injection
    ctx.body = rows
  }

  async list() {
    const { ctx, app } = this
    const order = SORT_COLUMNS[ctx.query.sort] || SORT_COLUMNS.newest
    const rows = await app.mysql.query(`SELECT id, total, status FROM orders WHERE customer_id = ? AND status = ? ORDER BY ${order}`, [ctx.user.id, ctx.query.status || 'open']) // ok: sql-injection
    ctx.body = rows
  }

  async show() {
    const { ctx, app } = this
    const order = await app.mysql.get('orders', { id: ctx.params.id, customer_id: ctx.user.id }) // ok: sql-injection
    if (!order) ctx.throw(404)
    ctx.body = order
  }

  async update() {
    const { ctx, app } = this
    await app.mysql.update('orders', ctx.request.body, { where: { id: ctx.params.id, customer_id: ctx.user.id } }) // expect: mass-assignment
    ctx.status = 204
  }

  async updateNote() {
    const { ctx, app } = this
    const { note } = ctx.request.body
    await app.mysql.update('orders', { note: String(note).slice(0, 500) }, { where: { id: ctx.params.id, customer_id: ctx.user.id } }) // ok: mass-assignment
    ctx.status = 204
  }

  async receipt() {
    const { ctx } = this
    ctx.type = 'html'
    ctx.body = `<h1>Thanks, ${ctx.query.name}!</h1><p>Your order ${ctx.params.id} is confirmed.</p>` // expect: xss
  }

  async receiptView() {
    const { ctx } = this
    await ctx.render('receipt.tpl', { name: ctx.query.name, id: ctx.params.id }) // ok: xss
  }

  async checkoutDone() {
    const { ctx } = this
    ctx.redirect(ctx.query.return_url) // expect: open-redirect
  }

  async checkoutBack() {
    const { ctx } = this
    ctx.redirect(`/orders/${encodeURIComponent(ctx.params.id)}`) // ok: open-redirect
  }
}

module.exports = OrderController
