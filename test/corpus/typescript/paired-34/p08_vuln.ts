// corpus: path=src/routes/exports.ts
import { createReadStream } from 'node:fs'
import path from 'node:path'
import { Router, type Request, type Response } from 'express'

const EXPORT_DIR = path.resolve(process.env.EXPORT_DIR ?? './var/exports')
export const exportsRouter = Router()

exportsRouter.get('/exports/:name', (req: Request<{ name: string }>, res: Response) => {
  res.attachment(req.params.name)
  createReadStream(path.join(EXPORT_DIR, req.params.name)) // expect: path-traversal
    .on('error', () => res.status(404).end())
    .pipe(res)
})
