// corpus: path=src/routes/profile.ts
import type { Request, Response } from 'express'
import { User } from '../models/user'

export async function updateProfile(req: Request, res: Response) {
  const user = await User.findByPk(res.locals.userId)
  if (!user) return res.status(404).end()
  await user.update(req.body) // expect: mass-assignment
  res.json(user)
}
