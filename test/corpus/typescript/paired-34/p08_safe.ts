// corpus: path=src/routes/exports.ts
import path from 'node:path'
import { Router, type Request, type Response } from 'express'

const EXPORT_DIR = path.resolve(process.env.EXPORT_DIR ?? './var/exports')
export const exportsRouter = Router()

exportsRouter.get('/exports/:name', (req: Request<{ name: string }>, res: Response) => {
  res.sendFile(req.params.name, { root: EXPORT_DIR, dotfiles: 'deny', headers: { 'Content-Disposition': 'attachment' } }, (err) => { // ok: path-traversal
    if (err && !res.headersSent) res.status(404).end()
  })
})
