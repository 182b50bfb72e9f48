// corpus: path=src/routes/accounts.ts
import { Router, Request, Response, NextFunction } from 'express'
import { knex } from '../db/knex'
import { requireAuth, requireRole } from '../middleware/auth'
import { audit } from '../lib/audit'
import { renderInvoiceHtml } from '../lib/invoices'

interface AccountParams {
  accountId: string
}

interface UpdateAccountBody {
  name?: string
  billingEmail?: string
  plan?: 'free' | 'pro' | 'enterprise'
  notes?: string
}

interface ListQuery {
  q?: string
  status?: string
  page?: string
  sort?: string
}

export const accountsRouter = Router()

accountsRouter.use(requireAuth)

accountsRouter.get('/', async (req: Request<{}, unknown, unknown, ListQuery>, res: Response, next: NextFunction) => {
  try {
    const page = Math.max(1, Number.parseInt(req.query.page ?? '1', 10) || 1)
    const sort = req.query.sort ?? 'name'
    const rows = await knex('accounts')
      .select('id', 'name', 'plan', 'status')
      .modify((qb) => {
        if (req.query.status) qb.where('status', req.query.status)
        if (req.query.q) qb.whereILike('name', `%${req.query.q}%`)
      })
      .orderByRaw(`${sort} NULLS LAST`) // expect: sql-injection
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

accountsRouter.get('/:accountId/invoices/:number', async (req: Request<AccountParams & { number: string }>, res: Response) => {
  const invoice = await knex('invoices')
    .whereRaw(`account_id = ? AND number = '${req.params.number}'`, [req.params.accountId]) // expect: sql-injection
    .first()
  if (!invoice) return res.status(404).send(`<p>Invoice ${req.params.number} was not found.</p>`) // expect: xss
  res.type('html').send(renderInvoiceHtml(invoice))
})

accountsRouter.patch(
  '/:accountId',
  requireRole('admin'),
  async (req: Request<AccountParams, unknown, UpdateAccountBody>, res: Response) => {
    const { accountId } = req.params
    const { name, billingEmail, plan, notes } = req.body
    const before = await knex('accounts').where({ id: accountId }).first()
    if (!before) return res.status(404).json({ error: 'not_found' })

    const patch: Record<string, unknown> = {}
    if (name !== undefined) patch.name = name.trim()
    if (billingEmail !== undefined) patch.billing_email = billingEmail.toLowerCase()
    if (plan !== undefined) patch.plan = plan
    patch.updated_at = knex.fn.now()

    await knex('accounts').where({ id: accountId }).update(patch)
    if (notes) {
      await knex.raw(`INSERT INTO account_notes (account_id, body) VALUES (?, '${notes}')`, [accountId]) // expect: sql-injection
    }
    await knex.raw('UPDATE accounts SET search_vector = to_tsvector(?) WHERE id = ?', [name ?? before.name, accountId]) // ok: sql-injection
    await audit(req, 'account.updated', { accountId, fields: Object.keys(patch) })
    res.status(204).end()
  },
)

accountsRouter.delete('/:accountId', requireRole('admin'), async (req: Request<AccountParams>, res: Response) => {
  await knex('accounts').where({ id: req.params.accountId }).update({ status: 'closed', closed_at: knex.fn.now() })
  await audit(req, 'account.closed', { accountId: req.params.accountId })
  res.status(204).end()
})
