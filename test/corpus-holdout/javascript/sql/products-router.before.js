const express = require('express')
const { pool } = require('../db')
const { requireUser } = require('../middleware/auth')

const router = express.Router()
const SORTABLE = new Set(['name', 'price', 'created_at'])


router.post('/:id/reviews', requireUser, async (req, res, next) => {
  try {
    const { rating, body } = req.body
    const sql = 'INSERT INTO reviews (product_id, user_id, rating, body) VALUES ($1, $2, $3, $4)'
    await pool.query(sql, [req.params.id, req.user.id, rating, body])
    res.status(201).end()
  } catch (err) {
    next(err)
  }
})


module.exports = router
