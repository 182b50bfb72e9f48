const db = require('../db')

async function listOrders(req, res) {
  const status = req.query.status || 'open'
  const { rows } = await db.query('SELECT id, total, status FROM orders WHERE customer_id = $1 AND status = $2 ORDER BY created_at DESC', [req.user.id, status])
  res.json(rows)
}

module.exports = { listOrders }
