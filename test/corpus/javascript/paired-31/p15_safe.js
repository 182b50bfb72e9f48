// corpus: path=src/repositories/orders.js
const { Router } = require('express')
const { pool } = require('../db')

class OrderRepository {
  constructor(db) {
    this.db = db
  }

  async search(customerId, term) {
    const { rows } = await this.db.query( // ok: sql-injection
      'SELECT id, number, total FROM orders WHERE customer_id = $1 AND number LIKE $2 ORDER BY created_at DESC',
      [customerId, `%${term}%`],
    )
    return rows
  }
}

const orders = new OrderRepository(pool)
const router = Router()

router.get('/orders', async (req, res) => {
  res.json(await orders.search(req.user.id, req.query.q || ''))
})

module.exports = { OrderRepository, router }
