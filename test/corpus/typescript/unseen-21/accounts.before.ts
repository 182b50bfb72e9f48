import { Router, Request, Response, NextFunction } from 'express'
import { knex } from '../db/knex'
import { requireAuth, requireRole } from '../middleware/auth'
import { audit } from '../lib/audit'

interface AccountParams {
  accountId: string
}

interface UpdateAccountBody {
  name?: string
  billingEmail?: string
  plan?: 'free' | 'pro' | 'enterprise'
}

interface ListQuery {
  q?: string
  status?: string
  page?: string
}

export const accountsRouter = Router()

accountsRouter.use(requireAuth)

accountsRouter.get('/', async (req: Request<{}, unknown, unknown, ListQuery>, res: Response, next: NextFunction) => {
  try {
    const page = Math.max(1, Number.parseInt(req.query.page ?? '1', 10) || 1)
    const rows = await knex('accounts')
      .select('id', 'name', 'plan', 'status')
      .modify((qb) => {
        if (req.query.status) qb.where('status', req.query.status)
        if (req.query.q) qb.whereILike('name', `%${req.query.q}%`)
      })
      .orderBy('name')
      .limit(25)
      .offset((page - 1) * 25)
    res.json(rows)
  } catch (err) {
    next(err)
  }
})

accountsRouter.get('/:accountId', async (req: Request<AccountParams>, res: Response) => {
  const account = await knex('accounts').where({ id: req.params.accountId }).first()
  if (!account) return res.status(404).json({ error: 'not_found' })
  res.json(account)
})

accountsRouter.patch(
  '/:accountId',
  requireRole('admin'),
  async (req: Request<AccountParams, unknown, UpdateAccountBody>, res: Response) => {
    const { accountId } = req.params
    const { name, billingEmail, plan } = req.body
    const before = await knex('accounts').where({ id: accountId }).first()
    if (!before) return res.status(404).json({ error: 'not_found' })

    const patch: Record<string, unknown> = {}
    if (name !== undefined) patch.name = name.trim()
    if (billingEmail !== undefined) patch.billing_email = billingEmail.toLowerCase()
    if (plan !== undefined) patch.plan = plan
    patch.updated_at = knex.fn.now()

    await knex('accounts').where({ id: accountId }).update(patch)
    await audit(req, 'account.updated', { accountId, fields: Object.keys(patch) })
    res.status(204).end()
  },
)

accountsRouter.delete('/:accountId', requireRole('admin'), async (req: Request<AccountParams>, res: Response) => {
  await knex('accounts').where({ id: req.params.accountId }).update({ status: 'closed', closed_at: knex.fn.now() })
  await audit(req, 'account.closed', { accountId: req.params.accountId })
  res.status(204).end()
})
