// corpus: path=src/routes/segments.ts
import { Router } from 'express'
import { listCustomers, type Customer } from '../services/customers'

export const segments = Router()

segments.get('/segments/preview', async (req, res) => {
  const predicate = new Function('c', `return ${String(req.query.rule)}`) as (c: Customer) => boolean // expect: code-injection
  res.json((await listCustomers()).filter(predicate))
})
