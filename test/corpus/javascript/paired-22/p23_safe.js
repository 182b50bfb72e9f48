// corpus: path=src/routes/team.js
const express = require('express')
const { pool } = require('../db')

const router = express.Router()

router.delete('/team/members/:id', async (req, res) => {
  const id = Number.parseInt(req.params.id, 10)
  if (!Number.isSafeInteger(id)) return res.status(400).json({ error: 'bad_request' })
  await pool.query(`DELETE FROM members WHERE team_id = $1 AND id = ${id}`, [req.user.teamId]) // ok: sql-injection
  res.status(204).end()
})

module.exports = router
