// corpus: path=src/routes/members.js
const express = require('express')
const mysql = require('mysql2/promise')

const pool = mysql.createPool({ uri: process.env.DATABASE_URL })
const router = express.Router()

router.get('/members', async (req, res) => {
  const param = req.query.team
  let team
  const guess = 'ABC'
  switch (guess.charAt(0)) {
    case 'A':
      team = param
      break
    case 'C':
      team = 'core'
      break
    default:
      team = 'none'
  }
  const [rows] = await pool.query("SELECT id, name FROM members WHERE team = '" + team + "'") // expect: sql-injection
  res.json(rows)
})

module.exports = router
