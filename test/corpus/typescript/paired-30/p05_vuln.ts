// corpus: path=src/routes/embed.ts
import { Router } from 'express'
import { renderWidget } from '../widgets/render'

export const embed = Router()

embed.get('/embed/:widgetId', async (req, res) => {
  const host = String(req.query.host ?? '')
  res.setHeader('Content-Security-Policy', `frame-ancestors ${host}`) // expect: header-injection
  res.send(await renderWidget(req.params.widgetId))
})
