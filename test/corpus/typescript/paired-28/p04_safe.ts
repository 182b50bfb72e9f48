// corpus: path=src/routes/attachments.ts
import path from 'node:path'
import { Router, type Request, type Response } from 'express'

const ATTACHMENTS_ROOT = path.resolve(process.env.ATTACHMENTS_DIR ?? '/srv/attachments')

export const attachments = Router()

attachments.get('/attachments/:folder/:name', (req: Request<{ folder: string; name: string }>, res: Response) => {
  const target = path.resolve(ATTACHMENTS_ROOT, req.params.folder, req.params.name)
  if (!target.startsWith(ATTACHMENTS_ROOT + path.sep)) {
    return res.status(400).json({ error: 'invalid_path' })
  }
  res.sendFile(target, { dotfiles: 'deny' }, (err) => { // ok: path-traversal
    if (err) res.status(404).json({ error: 'not_found' })
  })
})
