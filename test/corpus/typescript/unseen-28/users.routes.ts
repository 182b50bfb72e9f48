// corpus: path=src/routes/users.ts
import { Router, type Request, type Response } from 'express'
import { QueryTypes } from 'sequelize'
import { sequelize, User } from '../models'
import { requireAuth } from '../middleware/auth'

type UserParams = { id: string }
type UpdateProfileBody = { displayName?: string; bio?: string; avatarUrl?: string }
type ListQuery = { q?: string; sort?: string; page?: string }
type CardQuery = { name?: string; color?: string }

const SORTABLE = new Set(['display_name', 'created_at', 'last_seen_at'])

export const users = Router()

users.get('/users', requireAuth, async (req: Request<{}, unknown, unknown, ListQuery>, res: Response) => {
  const page = Math.max(Number.parseInt(req.query.page ?? '1', 10) || 1, 1)
  const sort = SORTABLE.has(req.query.sort ?? '') ? req.query.sort : 'created_at'
  const rows = await sequelize.query<{ id: string; display_name: string }>( // ok: sql-injection
    `SELECT id, display_name FROM users WHERE display_name ILIKE :q ORDER BY ${sort} LIMIT 50 OFFSET :offset`,
    { replacements: { q: `%${req.query.q ?? ''}%`, offset: (page - 1) * 50 }, type: QueryTypes.SELECT },
  )
  res.json(rows)
})

users.get('/users/export', requireAuth, async (req: Request<{}, unknown, unknown, ListQuery>, res: Response) => {
  const rows = await sequelize.query(`SELECT id, display_name, email FROM users ORDER BY ${req.query.sort ?? 'id'}`, { type: QueryTypes.SELECT }) // expect: sql-injection
  res.json(rows)
})

users.patch('/users/:id', requireAuth, async (req: Request<UserParams, unknown, UpdateProfileBody>, res: Response) => {
  if (req.params.id !== req.user!.id) return res.sendStatus(403)
  await User.update(req.body, { where: { id: req.params.id } }) // expect: mass-assignment
  res.sendStatus(204)
})

users.patch('/users/:id/bio', requireAuth, async (req: Request<UserParams, unknown, UpdateProfileBody>, res: Response) => {
  if (req.params.id !== req.user!.id) return res.sendStatus(403)
  await User.update({ bio: req.body.bio ?? '' }, { where: { id: req.params.id } }) // ok: mass-assignment
  res.sendStatus(204)
})

users.get('/users/:id/card', (req: Request<UserParams, string, unknown, CardQuery>, res: Response) => {
  res.type('html').send(`<div class="card" style="color:${req.query.color ?? 'black'}">${req.query.name ?? ''}</div>`) // expect: xss
})

users.get('/users/:id/card.json', (req: Request<UserParams, unknown, unknown, CardQuery>, res: Response) => {
  res.json({ id: req.params.id, name: req.query.name ?? '' }) // ok: xss
})

users.get('/users/:id/avatar', async (req: Request<UserParams>, res: Response) => {
  const user = await User.findByPk(req.params.id, { attributes: ['avatarUrl'] })
  res.redirect(user?.avatarUrl ?? '/static/default-avatar.png')
})
