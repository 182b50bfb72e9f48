// corpus: path=src/routes/tickets.js
const express = require('express')
const { getDb } = require('../mongo')

const router = express.Router()

// List the support tickets of one customer.
router.get('/tickets', async (req, res) => {
  const tickets = await getDb().collection('tickets').find({ $where: `this.customer == '${req.query.customer}'` }).toArray() // expect: nosql-injection
  res.json(tickets)
})

module.exports = router
