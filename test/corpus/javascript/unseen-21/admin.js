// corpus: path=server/routes/admin.js
const express = require('express')
const { spawn } = require('child_process')
const { requireAdmin } = require('../auth')
const { pool } = require('../db')

const router = express.Router()
router.use(requireAdmin)

router.get('/users', async (req, res) => {
  const page = Math.max(1, parseInt(req.query.page, 10) || 1)
  const search = req.query.q || ''
  const { rows } = await pool.query(
    `SELECT id, email, created_at FROM users WHERE email ILIKE '%${search}%' ORDER BY id LIMIT 50 OFFSET $1`, // expect: sql-injection
    [(page - 1) * 50],
  )
  res.render('admin/users', { users: rows, page, search })
})

router.post('/users/:id/disable', async (req, res) => {
  await pool.query('UPDATE users SET disabled = true WHERE id = $1', [req.params.id])
  res.redirect('/admin/users')
})

router.post('/maintenance/vacuum', (req, res) => {
  const table = req.body.table
  const child = spawn('psql', [process.env.DATABASE_URL, '-c', `VACUUM ANALYZE ${table}`]) // expect: sql-injection
  child.on('close', (code) => res.json({ code }))
})

router.post('/maintenance/reindex', (req, res) => {
  const child = spawn('sh', ['-c', `reindexdb --table=${req.body.table}`]) // expect: command-injection
  child.on('close', (code) => res.json({ code }))
})

module.exports = router
