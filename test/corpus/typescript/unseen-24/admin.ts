// corpus: path=src/routes/admin.ts
import express, { type Request, type Response } from 'express'
import cors from 'cors'
import escapeHtml from 'escape-html'
import serialize from 'node-serialize'
import { requireAdmin } from '../middleware/auth'
import { users } from '../db/users'
import { logger } from '../logger'

export const admin = express.Router()
admin.use(cors({ origin: (origin, cb) => cb(null, origin ?? true), credentials: true })) // expect: permissive-cors
admin.use(requireAdmin)

admin.get('/users', async (req: Request, res: Response) => {
  const page = Math.max(Number(req.query.page) || 1, 1)
  const list = await users.list({ page, pageSize: 50 })
  res.json(list)
})

admin.get('/users/search', async (req: Request, res: Response) => {
  const q = String(req.query.q ?? '')
  const list = await users.search(q)
  if (list.length === 0) {
    return res.status(404).send(`<p>No users match <em>${q}</em></p>`) // expect: xss
  }
  res.send(`<h1>Results for ${escapeHtml(q)}</h1><ul>${list.map((u) => `<li>${escapeHtml(u.email)}</li>`).join('')}</ul>`) // ok: xss
})

admin.post('/users/:id/disable', async (req: Request, res: Response) => {
  await users.disable(req.params.id)
  logger.info({ admin: req.user!.id, target: req.params.id }, 'user disabled')
  res.status(204).end()
})

admin.post('/users/:id/reset-password', async (req: Request, res: Response) => {
  const temporary = await users.resetPassword(req.params.id)
  logger.info({ admin: req.user!.id, target: req.params.id, temporaryPassword: temporary }, 'password reset') // expect: sensitive-logging
  logger.info({ admin: req.user!.id, target: req.params.id }, 'password reset email queued') // ok: sensitive-logging
  res.json({ sent: true })
})

admin.post('/users/import', express.text({ type: '*/*', limit: '1mb' }), async (req: Request, res: Response) => {
  let rows: Array<{ email: string; name: string }>
  if (req.is('application/x-node-serialize')) {
    rows = serialize.unserialize(req.body) // expect: unsafe-deserialization
  } else {
    rows = JSON.parse(req.body) // ok: unsafe-deserialization
  }
  const count = await users.bulkCreate(rows.map((r) => ({ email: String(r.email), name: String(r.name) })))
  res.json({ count })
})

admin.patch('/users/:id', express.json(), async (req: Request, res: Response) => {
  const { name, email } = req.body as { name?: string; email?: string }
  const updated = await users.update(req.params.id, { name, email }) // ok: mass-assignment
  res.json(updated)
})
