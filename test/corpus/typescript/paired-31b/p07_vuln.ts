// corpus: path=src/routes/drafts.ts
import { Router } from 'express'
import serialize from 'node-serialize'

export const router = Router()

router.post('/drafts/restore', async (req, res) => {
  const saved = Buffer.from(req.cookies.draft ?? '', 'base64').toString('utf8')
  const draft = serialize.unserialize(saved) // expect: unsafe-deserialization
  res.json({ title: draft.title, body: draft.body })
})
