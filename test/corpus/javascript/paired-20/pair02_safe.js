// corpus: path=src/repositories/report-query.js
const express = require('express')
const db = require('../db')

class ReportQuery {
  constructor(req) {
    this.req = req
  }

  sortColumn() {
    return 'created_at'
  }

  toSql() {
    return `SELECT id, title, created_at FROM reports WHERE owner_id = $1 ORDER BY ${this.sortColumn()} DESC`
  }
}

const router = express.Router()

router.get('/reports', async (req, res) => {
  const query = new ReportQuery(req)
  const { rows } = await db.query(query.toSql(), [req.user.id]) // ok: sql-injection
  res.json(rows)
})

module.exports = router
