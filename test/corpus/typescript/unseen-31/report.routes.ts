// corpus: path=src/reports/report.routes.ts
import { Hono } from 'hono'
import { zValidator } from '@hono/zod-validator'
import { z } from 'zod'
import { dailySeries, groupedTotals, filteredTotals, labelledTotals, topCustomers } from './report.queries'

const reports = new Hono<{ Variables: { tenantId: string } }>()

const range = z.object({ from: z.string().date(), to: z.string().date() })

reports.get('/daily/:metric', zValidator('query', range), async (c) => {
  const { from, to } = c.req.valid('query')
  return c.json(await dailySeries({ tenantId: c.get('tenantId'), metric: c.req.param('metric'), from, to }))
})

reports.get('/grouped', async (c) => {
  return c.json(await groupedTotals({ tenantId: c.get('tenantId'), metric: 'revenue', from: '', to: '', groupBy: c.req.query('by') }))
})

reports.get('/filtered', async (c) => {
  const { from, to, having } = c.req.query()
  return c.json(await filteredTotals({ tenantId: c.get('tenantId'), metric: 'revenue', from, to, having }))
})

reports.get('/labelled', async (c) => {
  return c.json(await labelledTotals({ tenantId: c.get('tenantId'), metric: 'orders', from: '', to: '' }, c.req.query('label') ?? 'all'))
})

reports.get('/top', zValidator('query', z.object({ limit: z.coerce.number().int().min(1).max(100) })), async (c) => {
  return c.json(await topCustomers(c.get('tenantId'), c.req.valid('query').limit))
})

export default reports
