// corpus: path=src/worker.ts
import { Hono } from 'hono'
import { renderThumbnail } from './thumbnails'

type Bindings = { BUCKET: R2Bucket; ENVIRONMENT: string }

const app = new Hono<{ Bindings: Bindings }>()

app.get('/thumb/:key', async (c) => {
  try {
    const object = await c.env.BUCKET.get(c.req.param('key'))
    if (!object) return c.notFound()
    const png = await renderThumbnail(await object.arrayBuffer())
    return c.body(png, 200, { 'Content-Type': 'image/png' })
  } catch (err) {
    return c.text(`thumbnail failed\n${(err as Error).stack}`, 500)  // expect: error-exposure
  }
})

app.onError((err, c) => {
  console.error(`${c.req.method} ${c.req.path} failed`, err)  // ok: error-exposure
  if (c.env.ENVIRONMENT === 'development') {
    return c.json({ error: err.message, stack: err.stack }, 500)  // ok: error-exposure
  }
  return c.json({ error: 'Internal Server Error' }, 500)  // ok: error-exposure
})

export default {
  fetch: app.fetch,
  async scheduled(_event: ScheduledEvent, env: Bindings) {
    try {
      await env.BUCKET.delete('tmp/')
    } catch (err) {
      console.error('cleanup failed', (err as Error).stack)  // ok: error-exposure
    }
  },
}
