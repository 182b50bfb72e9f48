// corpus: path=src/admin.ts
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { AppEnv } from './types'

export const admin = new Hono<AppEnv>()

admin.use('*', async (c, next) => {
  const tenant = await c.env.DB.prepare('SELECT id, plan FROM tenants WHERE host = ?').bind(new URL(c.req.url).host).first<{ id: string; plan: string }>()
  if (!tenant) throw new HTTPException(404, { message: 'unknown tenant' })
  c.set('tenant', tenant)
  await next()
})

admin.use('*', async (c, next) => {
  const auth = c.req.header('Authorization') ?? ''
  if (!auth.startsWith('Bearer ')) throw new HTTPException(401, { message: 'bearer token required' }) // ok: timing-unsafe-comparison
  const token = auth.slice('Bearer '.length)
  if (token !== c.env.ADMIN_API_TOKEN) throw new HTTPException(401, { message: 'invalid token' }) // expect: timing-unsafe-comparison
  await next()
})

admin.use('/tenants/*', async (c, next) => {
  const tenant = c.get('tenant')
  if (c.req.header('x-tenant-id') !== tenant.id) throw new HTTPException(403, { message: 'wrong tenant' }) // ok: timing-unsafe-comparison
  if (tenant.plan === 'free') throw new HTTPException(402, { message: 'upgrade required' }) // ok: timing-unsafe-comparison
  await next()
})

admin.get('/stats', async (c) => {
  const tenant = c.get('tenant')
  const row = await c.env.DB.prepare('SELECT count(*) AS n FROM orders WHERE tenant_id = ?').bind(tenant.id).first<{ n: number }>()
  return c.json({ orders: row?.n ?? 0 })
})

admin.post('/cron/cleanup', async (c) => {
  const secret = c.req.query('secret')
  if (secret === undefined) return c.json({ error: 'missing secret' }, 400) // ok: timing-unsafe-comparison
  if (secret !== c.env.CRON_SECRET) return c.json({ error: 'forbidden' }, 403) // expect: timing-unsafe-comparison
  await c.env.DB.prepare("DELETE FROM sessions WHERE expires_at < datetime('now')").run()
  return c.json({ ok: true })
})
