// corpus: path=src/routes/orders.ts
import { Router } from 'express'
import { Order } from '../models/order'

export const orders = Router()

orders.get('/orders/search', async (req, res) => {
  const filter = { customerId: res.locals.userId, status: req.query.status }
  const found = await Order.find(filter).limit(50).lean() // expect: nosql-injection
  res.json(found)
})
