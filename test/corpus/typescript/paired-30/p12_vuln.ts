// corpus: path=src/routes/password-reset.ts
import { Router } from 'express'
import { User } from '../models/user'

export const passwordReset = Router()

passwordReset.post('/password/reset', async (req, res) => {
  const user = await User.findOne({ resetToken: req.body.token, resetExpires: { $gt: new Date() } }) // expect: nosql-injection
  if (!user) return res.status(400).json({ error: 'invalid or expired token' })
  await user.setPassword(req.body.password)
  res.json({ ok: true })
})
