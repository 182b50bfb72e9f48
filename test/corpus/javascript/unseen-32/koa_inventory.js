// corpus: path=src/routes/inventory.js
'use strict'

const Router = require('koa-router')
const send = require('koa-send')
const mongoose = require('mongoose')
const escapeRegExp = require('lodash.escaperegexp')
const Item = require('../models/item')
const User = require('../models/user')
const log = require('../log')

// koa-bodyparser parses JSON bodies, so ctx.request.body fields can be objects ({"$ne": null})
// as well as strings; ctx.query and ctx.params come from the URL.
const router = new Router({ prefix: '/inventory' })
const EXPORT_ROOT = process.env.EXPORT_DIR || '/srv/exports'

router.use(async (ctx, next) => {
  try {
    await next()
  } catch (err) {
    log.error({ err, path: ctx.path }, 'inventory route failed')
    ctx.status = err.status || 500
    ctx.body = { error: err.message, stack: err.stack } // expect: error-exposure
  }
})

router.get('/items', async (ctx) => {
  const page = Math.max(parseInt(ctx.query.page, 10) || 1, 1)
  ctx.body = await Item.find({ archived: false }).skip((page - 1) * 50).limit(50).lean()
})

// Tag search used by the warehouse tablets.
router.get('/items/by-tag', async (ctx) => {
  const tag = ctx.query.tag || ''
  ctx.body = await Item.find({ $where: `this.tags && this.tags.indexOf('${tag}') !== -1` }).limit(100).lean() // expect: nosql-injection
})

router.get('/items/by-tag/v2', async (ctx) => {
  ctx.body = await Item.find({ tags: String(ctx.query.tag || '') }).limit(100).lean() // ok: nosql-injection
})

router.get('/items/search', async (ctx) => {
  const q = ctx.query.q || ''
  ctx.body = await Item.find({ name: new RegExp(q, 'i') }).limit(50).lean() // expect: regex-injection
})

router.get('/items/search/v2', async (ctx) => {
  const q = String(ctx.query.q || '')
  ctx.body = await Item.find({ name: new RegExp(escapeRegExp(q), 'i') }).limit(50).lean() // ok: regex-injection
})

// Scanner devices reset their PIN with the token printed on the setup sheet.
router.post('/devices/reset', async (ctx) => {
  const { serial, setupToken, pin } = ctx.request.body
  const device = await User.findOne({ deviceSerial: serial, setupToken: setupToken }) // expect: nosql-injection
  if (!device) ctx.throw(404, 'Unknown device')
  device.pinHash = await User.hashPin(String(pin))
  device.setupToken = undefined
  await device.save()
  ctx.body = { ok: true }
})

router.post('/devices/reset/v2', async (ctx) => {
  const { serial, setupToken, pin } = ctx.request.body
  if (typeof serial !== 'string' || typeof setupToken !== 'string') ctx.throw(400, 'Bad request')
  const device = await User.findOne({ deviceSerial: serial, setupToken }) // ok: nosql-injection
  if (!device) ctx.throw(404, 'Unknown device')
  device.pinHash = await User.hashPin(String(pin))
  device.setupToken = undefined
  await device.save()
  ctx.body = { ok: true }
})

router.post('/items/:id/move', async (ctx) => {
  const id = ctx.params.id
  if (!mongoose.isValidObjectId(id)) ctx.throw(400, 'Bad id')
  await Item.updateOne({ _id: id }, { $set: { bin: String(ctx.request.body.bin) } })
  ctx.redirect(ctx.query.back || '/inventory') // expect: open-redirect
})

router.post('/items/:id/archive', async (ctx) => {
  const id = ctx.params.id
  if (!mongoose.isValidObjectId(id)) ctx.throw(400, 'Bad id')
  await Item.updateOne({ _id: id }, { $set: { archived: true } })
  ctx.redirect(`/inventory/items/${encodeURIComponent(id)}`) // ok: open-redirect
})

router.get('/exports/:file', async (ctx) => {
  await send(ctx, ctx.params.file, { root: EXPORT_ROOT, immutable: false }) // ok: path-traversal
})

module.exports = router
