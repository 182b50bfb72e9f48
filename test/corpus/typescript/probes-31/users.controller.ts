// corpus: path=src/controllers/users.controller.ts
import type { Request, Response } from 'express'
import { User } from '../models/user'

export async function updateProfile(req: Request, res: Response) {
  const user = await User.findByPk(req.params.id)
  if (!user) return res.sendStatus(404)
  await user!.update(req.body) // expect: mass-assignment
  res.json(user)
}

export async function updateDisplayName(req: Request, res: Response) {
  const user = await User.findByPk(req.params.id)
  if (!user) return res.sendStatus(404)
  await user!.update({ displayName: String(req.body.displayName ?? '') }) // ok: mass-assignment
  res.json(user)
}
