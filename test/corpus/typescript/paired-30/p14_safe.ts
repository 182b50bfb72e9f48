// corpus: path=src/routes/segments.ts
import { Router } from 'express'
import { listCustomers, type Customer } from '../services/customers'

export const segments = Router()

const RULES: Record<string, (c: Customer) => boolean> = {
  active: (c) => c.status === 'active',
  trial: (c) => c.plan === 'trial',
  churned: (c) => c.status === 'cancelled',
}

segments.get('/segments/preview', async (req, res) => {
  const predicate = RULES[String(req.query.rule)] // ok: code-injection
  if (!predicate) return res.status(400).json({ error: 'unknown rule' })
  res.json((await listCustomers()).filter(predicate))
})
