// corpus: path=src/routes/media.js
const Router = require('@koa/router')
const path = require('path')
const fs = require('fs/promises')
const got = require('got')
const sharp = require('sharp')
const { isAllowedImageHost } = require('../lib/hosts')
const { requireUser } = require('../middleware/auth')

const UPLOAD_ROOT = path.resolve(__dirname, '..', '..', 'uploads')
const THUMB_SIZES = new Set([64, 128, 256])

const router = new Router({ prefix: '/media' })

router.get('/proxy', async (ctx) => {
  const { src } = ctx.query
  if (!src) ctx.throw(400, 'src is required')
  const upstream = await got(src, { responseType: 'buffer', timeout: { request: 5000 } }) // expect: ssrf
  ctx.type = upstream.headers['content-type'] || 'application/octet-stream'
  ctx.set('Cache-Control', 'public, max-age=3600')
  ctx.body = upstream.body
})

router.get('/safe-proxy', async (ctx) => {
  const src = new URL(String(ctx.query.src || ''), 'https://invalid.local')
  if (src.protocol !== 'https:' || !isAllowedImageHost(src.hostname)) ctx.throw(400, 'host not allowed')
  const upstream = await got(src.href, { responseType: 'buffer' }) // ok: ssrf
  ctx.type = upstream.headers['content-type']
  ctx.body = upstream.body
})

router.get('/thumb/:size', requireUser, async (ctx) => {
  const size = Number.parseInt(ctx.params.size, 10)
  if (!THUMB_SIZES.has(size)) ctx.throw(404)
  const original = await got(ctx.state.user.avatarUrl, { responseType: 'buffer' })
  ctx.type = 'image/webp'
  ctx.body = await sharp(original.body).resize(size, size).webp().toBuffer()
})

router.get('/files/:name', requireUser, async (ctx) => {
  const file = path.join(UPLOAD_ROOT, ctx.state.user.id, ctx.params.name)
  ctx.body = await fs.readFile(file) // expect: path-traversal
})

router.get('/download', requireUser, async (ctx) => {
  const name = path.basename(String(ctx.query.name || ''))
  const file = path.join(UPLOAD_ROOT, ctx.state.user.id, name)
  ctx.attachment(name)
  ctx.body = await fs.readFile(file) // ok: path-traversal
})

router.delete('/files/:name', requireUser, async (ctx) => {
  const dir = path.join(UPLOAD_ROOT, ctx.state.user.id)
  const file = path.resolve(dir, ctx.params.name)
  if (!file.startsWith(dir + path.sep)) ctx.throw(400, 'bad name')
  await fs.unlink(file) // ok: path-traversal
  ctx.status = 204
})

router.post('/import', requireUser, async (ctx) => {
  const { feedUrl } = ctx.request.body
  const res = await got.post('https://importer.internal/jobs', { json: { feedUrl, owner: ctx.state.user.id } })
  ctx.body = { job: JSON.parse(res.body).id }
})

module.exports = router
