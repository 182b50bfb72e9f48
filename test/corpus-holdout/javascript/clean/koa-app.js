// corpus: path=server/app.js
import Koa from 'koa'
import Router from '@koa/router'
import bodyParser from 'koa-bodyparser'
import { z } from 'zod'
import { listBookmarks, createBookmark, deleteBookmark, findBookmark } from './bookmarks.js'
import { requireSession } from './session.js'

const app = new Koa()
const router = new Router({ prefix: '/api' })

const BookmarkInput = z.object({
  url: z.string().url().max(2048),
  title: z.string().min(1).max(200),
  tags: z.array(z.string().min(1).max(32)).max(10).default([]),
})

app.use(async (ctx, next) => {
  const started = Date.now()
  try {
    await next()
  } catch (err) {
    ctx.status = err.status || 500
    ctx.body = { error: ctx.status >= 500 ? 'internal error' : err.message }
    ctx.app.emit('error', err, ctx)
  } finally {
    ctx.set('X-Response-Time', `${Date.now() - started}ms`)
  }
})

app.use(bodyParser({ jsonLimit: '100kb' }))

router.get('/bookmarks', requireSession, async (ctx) => {
  const tag = typeof ctx.query.tag === 'string' ? ctx.query.tag : undefined
  const page = Math.max(1, Number.parseInt(ctx.query.page ?? '1', 10) || 1)
  ctx.body = await listBookmarks(ctx.state.user.id, { tag, page })
})

router.post('/bookmarks', requireSession, async (ctx) => {
  const parsed = BookmarkInput.safeParse(ctx.request.body)
  if (!parsed.success) {
    ctx.status = 422
    ctx.body = { error: 'invalid bookmark', issues: parsed.error.issues }
    return
  }
  ctx.status = 201
  ctx.body = await createBookmark(ctx.state.user.id, parsed.data)
})

router.get('/bookmarks/:id', requireSession, async (ctx) => {
  const bookmark = await findBookmark(ctx.state.user.id, ctx.params.id)
  ctx.assert(bookmark, 404, 'bookmark not found')
  ctx.body = bookmark
})

router.delete('/bookmarks/:id', requireSession, async (ctx) => {
  const removed = await deleteBookmark(ctx.state.user.id, ctx.params.id)
  ctx.assert(removed, 404, 'bookmark not found')
  ctx.status = 204
})

router.get('/healthz', (ctx) => {
  ctx.body = { ok: true, uptime: process.uptime() }
})

app.use(router.routes())
app.use(router.allowedMethods())

app.on('error', (err, ctx) => {
  if (ctx?.status >= 500) process.stderr.write(`request failed: ${err.stack}\n`)
})

export default app
