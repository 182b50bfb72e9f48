// corpus: path=src/routes/products.js
const express = require('express')
const { pool } = require('../db')
const { requireUser } = require('../middleware/auth')

const router = express.Router()
const SORTABLE = new Set(['name', 'price', 'created_at'])

router.get('/', async (req, res, next) => {
  try {
    const sort = SORTABLE.has(req.query.sort) ? req.query.sort : 'name'
    const { rows } = await pool.query(`SELECT id, name, price FROM products ORDER BY ${sort} LIMIT 100`) // ok: sql-injection
    res.json(rows)
  } catch (err) {
    next(err)
  }
})

router.get('/search', async (req, res, next) => {
  try {
    const term = req.query.q || ''
    const { rows } = await pool.query("SELECT id, name FROM products WHERE name ILIKE '%" + term + "%'") // expect: sql-injection
    res.json(rows)
  } catch (err) {
    next(err)
  }
})

router.get('/:id', async (req, res, next) => {
  try {
    const { rows } = await pool.query('SELECT * FROM products WHERE id = $1', [req.params.id]) // ok: sql-injection
    if (rows.length === 0) return res.status(404).json({ error: 'not found' })
    res.json(rows[0])
  } catch (err) {
    next(err)
  }
})

router.post('/:id/reviews', requireUser, async (req, res, next) => {
  try {
    const { rating, body } = req.body
    const sql = `INSERT INTO reviews (product_id, user_id, rating, body) VALUES (${req.params.id}, ${req.user.id}, ${rating}, '${body}')`
    await pool.query(sql) // expect: sql-injection
    res.status(201).end()
  } catch (err) {
    next(err)
  }
})

router.get('/by-category/:slug', async (req, res, next) => {
  try {
    const slug = req.params.slug
    const query = {
      text: 'SELECT p.id, p.name FROM products p JOIN categories c ON c.id = p.category_id WHERE c.slug = $1',
      values: [slug],
    }
    const { rows } = await pool.query(query) // ok: sql-injection
    res.json(rows)
  } catch (err) {
    next(err)
  }
})

module.exports = router
