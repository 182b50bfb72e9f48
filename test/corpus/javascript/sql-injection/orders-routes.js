// corpus: path=server/routes/orders.js
const express = require('express');
const mysql = require('mysql2/promise');

const router = express.Router();
const pool = mysql.createPool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: 'shop',
  connectionLimit: 10,
});

const SORTS = { newest: 'created_at DESC', oldest: 'created_at ASC', total: 'total_cents DESC' };

router.get('/orders', async (req, res, next) => {
  try {
    const { status = 'paid', customer } = req.query;
    let sql = `SELECT id, customer_id, total_cents, status FROM orders WHERE status = '${status}'`;
    if (customer) sql += ` AND customer_id = ${customer}`;
    const [rows] = await pool.query(sql); // expect: sql-injection
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

router.get('/orders/:id', async (req, res, next) => {
  try {
    const [rows] = await pool.execute('SELECT * FROM orders WHERE id = ?', [req.params.id]); // ok: sql-injection
    if (rows.length === 0) return res.status(404).json({ error: 'not found' });
    res.json(rows[0]);
  } catch (err) {
    next(err);
  }
});

router.get('/orders-sorted', async (req, res, next) => {
  try {
    const order = SORTS[req.query.sort] || SORTS.newest;
    const [rows] = await pool.query(`SELECT id, total_cents FROM orders ORDER BY ${order} LIMIT 100`); // ok: sql-injection
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

router.post('/orders/:id/notes', async (req, res, next) => {
  try {
    const note = req.body.note;
    await pool.query('INSERT INTO order_notes (order_id, body) VALUES (' + req.params.id + ", '" + note + "')"); // expect: sql-injection
    res.status(201).end();
  } catch (err) {
    next(err);
  }
});

router.delete('/orders/:id', async (req, res, next) => {
  try {
    await pool.query('DELETE FROM orders WHERE id = ? AND status = ?', [req.params.id, 'draft']); // ok: sql-injection
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

module.exports = router;
