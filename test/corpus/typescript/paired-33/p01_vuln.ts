// corpus: path=src/routes/unsubscribe.ts
import { Hono } from 'hono'

const app = new Hono()

app.get('/unsubscribe', (c) => {
  const list = c.req.query('list') ?? 'newsletter'
  return c.html(`<!doctype html><h1>Unsubscribe</h1><p>You will no longer receive <b>${list}</b> emails.</p>`) // expect: xss
})

export default app
