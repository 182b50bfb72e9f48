// corpus: path=src/routes/password-reset.ts
import { Router } from 'express'
import { User } from '../models/user'

export const passwordReset = Router()

passwordReset.post('/password/reset', async (req, res) => {
  const token = String(req.body.token)
  const user = await User.findOne({ resetToken: token, resetExpires: { $gt: new Date() } }) // ok: nosql-injection
  if (!user) return res.status(400).json({ error: 'invalid or expired token' })
  await user.setPassword(req.body.password)
  res.json({ ok: true })
})
