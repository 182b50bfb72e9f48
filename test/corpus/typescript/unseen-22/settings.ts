// corpus: path=src/routes/settings.ts
import { Router, type Request, type Response } from 'express'
import _ from 'lodash'
import { Types } from 'mongoose'
import { Workspace } from '../models/workspace'
import { User } from '../models/user'
import { requireAuth } from '../middleware/auth'

export const settingsRouter = Router()
settingsRouter.use(requireAuth)

const EDITABLE = ['name', 'timezone', 'locale', 'avatarUrl'] as const

settingsRouter.patch('/me', async (req: Request, res: Response) => {
  const updates = _.pick(req.body, EDITABLE)
  const user = await User.findByIdAndUpdate(req.user!.id, updates, { new: true }) // ok: mass-assignment
  res.json(user)
})

settingsRouter.put('/me/raw', async (req: Request, res: Response) => {
  const user = await User.findByIdAndUpdate(req.user!.id, req.body, { new: true }) // expect: mass-assignment
  res.json(user)
})

settingsRouter.post('/workspace/:id/preferences', async (req: Request, res: Response) => {
  const ws = await Workspace.findOne({ _id: req.params.id, members: req.user!.id })
  if (!ws) return res.sendStatus(404)
  const { path: keyPath, value } = req.body as { path: string; value: unknown }
  _.set(ws.preferences, keyPath, value) // expect: prototype-pollution
  ws.markModified('preferences')
  await ws.save()
  res.json(ws.preferences)
})

settingsRouter.post('/workspace/:id/flags', async (req: Request, res: Response) => {
  const ws = await Workspace.findOne({ _id: req.params.id, members: req.user!.id })
  if (!ws) return res.sendStatus(404)
  const flag = String(req.body.flag ?? '')
  if (!['beta', 'darkLaunch', 'newEditor'].includes(flag)) return res.status(400).json({ error: 'unknown flag' })
  _.set(ws.flags, flag, Boolean(req.body.enabled)) // ok: prototype-pollution
  await ws.save()
  res.json(ws.flags)
})

settingsRouter.get('/members', async (req: Request, res: Response) => {
  const members = await User.find({ workspaceId: req.query.workspace, role: req.query.role }) // expect: nosql-injection
  res.json(members)
})

settingsRouter.get('/members/by-email', async (req: Request, res: Response) => {
  const email = String(req.query.email ?? '')
  const member = await User.findOne({ email, workspaceId: new Types.ObjectId(String(req.query.workspace)) }) // ok: nosql-injection
  res.json(member)
})

settingsRouter.get('/members/search', async (req: Request, res: Response) => {
  const term = String(req.query.term ?? '')
  const members = await User.find({ $where: `this.name.indexOf('${term}') >= 0` }) // expect: nosql-injection
  res.json(members)
})

settingsRouter.post('/members/:id/notify', async (req: Request, res: Response) => {
  const ids: string[] = Array.isArray(req.body.ids) ? req.body.ids : []
  ids.forEach(async (id) => { // expect: async-in-loop-callback
    await User.updateOne({ _id: id }, { $set: { notifiedAt: new Date() } }) // expect: nosql-injection
  })
  res.sendStatus(202)
})
