const db = require('../db')

async function listOrders(req, res) {
  const status = req.query.status || 'open'
  const sort = req.query.sort === 'total' ? 'total' : 'created_at'
  const { rows } = await db.query(`SELECT id, total, status FROM orders WHERE customer_id = $1 AND status = '${status}' ORDER BY ${sort} DESC`, [req.user.id]) // expect: sql-injection
  res.json(rows)
}

module.exports = { listOrders }
