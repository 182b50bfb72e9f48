const express = require('express')
const { requireAdmin } = require('../auth')
const { pool } = require('../db')

const router = express.Router()
router.use(requireAdmin)

router.get('/users', async (req, res) => {
  const page = Math.max(1, parseInt(req.query.page, 10) || 1)
  const { rows } = await pool.query('SELECT id, email, created_at FROM users ORDER BY id LIMIT 50 OFFSET $1', [(page - 1) * 50])
  res.render('admin/users', { users: rows, page })
})

router.post('/users/:id/disable', async (req, res) => {
  await pool.query('UPDATE users SET disabled = true WHERE id = $1', [req.params.id])
  res.redirect('/admin/users')
})

module.exports = router
