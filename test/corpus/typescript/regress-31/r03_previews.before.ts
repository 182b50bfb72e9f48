import { execFile, execSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import express, { type Request, type Response } from 'express'
import { documents } from '../services/documents'

const run = promisify(execFile)
export const previews = express.Router()
const CACHE_DIR = path.resolve(process.env.PREVIEW_CACHE ?? '.cache/previews')

function pdftoppmArgs(page: string, source: string, prefix: string): string[] {
  return ['-png', '-r', '110', '-f', page, '-l', page, '-singlefile', source, prefix]
}

previews.get('/documents/:id/pages/:page.png', async (req: Request, res: Response) => {
  const page = req.params.page
  const doc = await documents.findVisible(req.params.id, res.locals.user)
  if (!doc) return res.sendStatus(404)
  const prefix = path.join(CACHE_DIR, `${doc.id}-${Number(page)}`)
  const png = `${prefix}.png`
  if (existsSync(png)) return res.sendFile(png)
  const started = Date.now()
  res.setHeader('Cache-Control', 'private, max-age=3600')
  try {
    await run('pdftoppm', pdftoppmArgs(page, doc.storagePath, prefix))
  } catch {
    return res.status(500).json({ error: 'render failed' })
  }
  res.setHeader('Server-Timing', `render;dur=${Date.now() - started}`)
  res.sendFile(png)
})

previews.get('/documents/:id/info', async (req: Request, res: Response) => {
  const doc = await documents.findVisible(req.params.id, res.locals.user)
  if (!doc) return res.sendStatus(404)
  const format = req.query.format === 'json' ? 'json' : 'text'
  const { stdout } = await run('pdfinfo', [doc.storagePath])
  if (format === 'json') {
    const fields = Object.fromEntries(
      stdout.split('\n').filter(Boolean).map((line) => {
        const [key, ...rest] = line.split(':')
        return [key.trim(), rest.join(':').trim()]
      }),
    )
    return res.json(fields)
  }
  res.type('text/plain').send(stdout)
})

previews.delete('/documents/:id/previews', async (req: Request, res: Response) => {
  const doc = await documents.findVisible(req.params.id, res.locals.user)
  if (!doc) return res.sendStatus(404)
  await documents.clearPreviews(doc.id, CACHE_DIR)
  res.sendStatus(204)
})

previews.get('/documents/:id/pages', async (req: Request, res: Response) => {
  const doc = await documents.findVisible(req.params.id, res.locals.user)
  if (!doc) return res.sendStatus(404)
  res.json({ pages: doc.pageCount, first: `/documents/${doc.id}/pages/1.png` })
})
