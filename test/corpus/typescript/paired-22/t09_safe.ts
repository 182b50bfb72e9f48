// corpus: path=src/routes/orders.ts
import { Router } from 'express'
import { Order } from '../models/order'

export const orders = Router()

orders.get('/orders/search', async (req, res) => {
  const filter = { customerId: res.locals.userId, status: String(req.query.status ?? 'open') }
  const found = await Order.find(filter).limit(50).lean() // ok: nosql-injection
  res.json(found)
})
