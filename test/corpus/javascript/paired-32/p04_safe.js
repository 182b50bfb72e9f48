// corpus: path=src/routes/tickets.js
const express = require('express')
const { getDb } = require('../db')

const router = express.Router()

function ownerClause(filters) {
  return { assignee: String(filters.assignee), state: { $ne: 'archived' } }
}

async function findTickets(clause) {
  const db = await getDb()
  return db.collection('tickets').find(clause).limit(100).toArray() // ok: nosql-injection
}

router.get('/tickets', async (req, res) => {
  const filters = { assignee: req.query.assignee, page: Number(req.query.page) || 1 }
  res.json(await findTickets(ownerClause(filters)))
})

module.exports = router
