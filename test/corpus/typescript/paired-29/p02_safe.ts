// corpus: path=src/routes/customers.ts
import { Router, type Request, type Response } from 'express'
import escapeRegExp from 'lodash/escapeRegExp'
import { listCustomers } from '../services/customers'

export const customers = Router()

customers.get('/customers', async (req: Request, res: Response) => {
  const name = String(req.query.name ?? '')
  const matcher = new RegExp(`^${escapeRegExp(name)}`, 'i') // ok: regex-injection
  const rows = await listCustomers()
  res.json(rows.filter((c) => matcher.test(c.name)))
})
