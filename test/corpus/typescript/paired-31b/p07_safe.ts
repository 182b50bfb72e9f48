// corpus: path=src/routes/drafts.ts
import { Router } from 'express'

export const router = Router()

router.post('/drafts/restore', async (req, res) => {
  const saved = Buffer.from(req.cookies.draft ?? '', 'base64').toString('utf8')
  const draft = JSON.parse(saved) as { title?: string; body?: string } // ok: unsafe-deserialization
  res.json({ title: String(draft.title ?? ''), body: String(draft.body ?? '') })
})
