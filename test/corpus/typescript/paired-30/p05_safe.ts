// corpus: path=src/routes/embed.ts
import { Router } from 'express'
import { renderWidget } from '../widgets/render'

export const embed = Router()

const EMBEDDERS = new Set(['https://blog.example.com', 'https://docs.example.com'])

embed.get('/embed/:widgetId', async (req, res) => {
  const host = String(req.query.host ?? '')
  const ancestor = EMBEDDERS.has(host) ? host : "'none'"
  res.setHeader('Content-Security-Policy', `frame-ancestors ${ancestor}`) // ok: header-injection
  res.send(await renderWidget(req.params.widgetId))
})
