// corpus: path=src/server/routes/docs.ts changeset=docs
import { Router, type Request, type Response } from 'express'
import { templates } from '../services/templates'
import { ExportService } from '../services/exports'

export const docsRouter = Router()

docsRouter.post('/docs/preview', (req: Request, res: Response) => {
  const html = templates.preview(String(req.body.source ?? ''))
  res.json({ html })
})

docsRouter.post('/docs/render/:name', (req: Request, res: Response) => {
  const html = templates.renderNamed(req.params.name, { title: String(req.body.title ?? '') })
  res.json({ html })
})

docsRouter.post('/docs/export', async (req: Request, res: Response) => {
  const file = await ExportService.archive(String(req.body.folder))
  res.json({ file })
})

docsRouter.post('/docs/export-one', async (req: Request, res: Response) => {
  const file = await ExportService.archiveOne(String(req.body.folder))
  res.json({ file })
})
