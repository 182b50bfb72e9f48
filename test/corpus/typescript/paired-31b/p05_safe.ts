// corpus: path=src/routes/orders.ts
import { Router } from 'express'
import { db } from '../mongo'

export const router = Router()

async function ordersFor(filter: Record<string, unknown>) {
  return db.collection('orders').find(filter).limit(50).toArray() // ok: nosql-injection
}

router.get('/orders', async (req, res) => {
  const filter = { customerId: req.user!.id, status: String(req.query.status ?? 'open') }
  res.json(await ordersFor(filter))
})
