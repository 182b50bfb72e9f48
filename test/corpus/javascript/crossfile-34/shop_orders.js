// corpus: path=src/services/order-service.js changeset=shop
'use strict'

const pool = require('../db/pool')

class OrderService {
  async search(customer) {
    const { rows } = await pool.query(`SELECT id, number, total FROM orders WHERE customer_email = '${customer}' ORDER BY created_at DESC`) // expect: sql-injection
    return rows
  }

  async byId(id) {
    const { rows } = await pool.query('SELECT id, number, total, status FROM orders WHERE id = $1', [id]) // ok: sql-injection
    return rows[0]
  }
}

module.exports = new OrderService()
