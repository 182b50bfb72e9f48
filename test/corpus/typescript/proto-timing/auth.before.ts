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

admin.get('/stats', async (c) => {
  const tenant = c.get('tenant')
  const row = await c.env.DB.prepare('SELECT count(*) AS n FROM orders WHERE tenant_id = ?').bind(tenant.id).first<{ n: number }>()
  return c.json({ orders: row?.n ?? 0 })
})
