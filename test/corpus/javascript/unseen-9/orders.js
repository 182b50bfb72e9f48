// corpus: path=src/routes/orders.js
const express = require('express');
const path = require('path');
const { pool } = require('../db');
const { requireAuth } = require('../middleware/auth');

const router = express.Router();
const INVOICE_DIR = path.join(__dirname, '..', '..', 'invoices');

router.use(requireAuth);

router.get('/', async (req, res, next) => {
  try {
    const status = req.query.status || 'open';
    const { rows } = await pool.query(`SELECT id, total, status FROM orders WHERE customer_id = $1 AND status = '${status}' ORDER BY created_at DESC`, [req.user.id]); // expect: sql-injection
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

router.get('/:id', async (req, res, next) => {
  try {
    const { rows } = await pool.query('SELECT * FROM orders WHERE id = $1 AND customer_id = $2', [req.params.id, req.user.id]);
    if (!rows.length) return res.sendStatus(404);
    res.json(rows[0]);
  } catch (err) {
    next(err);
  }
});

router.get('/:id/invoice', (req, res) => {
  const file = req.query.file || `${req.params.id}.pdf`;
  res.download(path.join(INVOICE_DIR, file)); // expect: path-traversal
});

router.get('/:id/invoice.pdf', (req, res) => {
  const id = Number.parseInt(req.params.id, 10);
  if (!Number.isInteger(id)) return res.sendStatus(400);
  res.sendFile(`${id}.pdf`, { root: INVOICE_DIR }); // ok: path-traversal
});

router.get('/:id/receipt', async (req, res) => {
  const { rows } = await pool.query('SELECT id, total FROM orders WHERE id = $1 AND customer_id = $2', [req.params.id, req.user.id]);
  const note = req.query.note || '';
  res.send(`<h1>Receipt #${rows[0].id}</h1><p>Total: ${rows[0].total}</p><p>${note}</p>`); // expect: xss
});

module.exports = router;
