// corpus: path=src/routes/team.js
const express = require('express')
const { pool } = require('../db')

const router = express.Router()

router.delete('/team/members/:id', async (req, res) => {
  await pool.query(`DELETE FROM members WHERE team_id = $1 AND id = ${req.params.id}`, [req.user.teamId]) // expect: sql-injection
  res.status(204).end()
})

module.exports = router
