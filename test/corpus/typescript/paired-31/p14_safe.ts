// corpus: path=src/routes/exports.ts
import { Hono } from 'hono'
import { buildExport } from '../exports'

export const exportsRoute = new Hono()

exportsRoute.get('/exports/:id', async (c) => {
  const file = await buildExport(c.req.param('id'))
  const name = c.req.query('name') ?? `export-${c.req.param('id')}.csv`
  c.header('Content-Type', 'text/csv')
  c.header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`) // ok: header-injection
  return c.body(file)
})
