// corpus: path=src/routes/session.ts
import { Router, type Request, type Response } from 'express'
import { z } from 'zod'
import { authenticate, createSession } from '../services/auth'

const LoginBody = z.object({ email: z.string().email(), password: z.string().min(8) })

export const session = Router()

session.post('/login', async (req: Request, res: Response) => {
  const parsed = LoginBody.safeParse(req.body)
  if (!parsed.success) return res.status(400).json({ error: 'invalid_body' })
  const user = await authenticate(parsed.data.email, parsed.data.password)
  if (!user) return res.status(401).json({ error: 'invalid_credentials' })
  const sid = await createSession(user.id)
  res.cookie('sid', sid, { maxAge: 7 * 24 * 3600 * 1000 }) // expect: insecure-cookie
  res.json({ id: user.id, name: user.name })
})
