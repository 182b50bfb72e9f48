// corpus: path=src/routes/exports.ts
import { Hono } from 'hono'
import { renderExport } from '../exports'

export const exportsRoute = new Hono()

exportsRoute.get('/download', async (c) => {
  const filename = c.req.query('filename') ?? 'export.csv'
  const csv = await renderExport(c.get('userId'))
  c.header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`) // ok: header-injection
  return c.body(csv, 200, { 'Content-Type': 'text/csv' })
})
