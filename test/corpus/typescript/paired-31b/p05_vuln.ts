// corpus: path=src/routes/orders.ts
import { Router } from 'express'
import { db } from '../mongo'

export const router = Router()

async function ordersFor(filter: Record<string, unknown>) {
  return db.collection('orders').find(filter).limit(50).toArray() // expect: nosql-injection
}

router.get('/orders', async (req, res) => {
  const filter = { customerId: req.user!.id, status: req.query.status }
  res.json(await ordersFor(filter))
})
