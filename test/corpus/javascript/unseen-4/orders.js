const express = require('express');
const knex = require('../db/knex');
const { exec, execFile } = require('child_process');
const logger = require('../logger');

const router = express.Router();

const SORTABLE = new Set(['created_at', 'total', 'status']);

router.get('/orders', async (req, res) => {
  const { status, sort = 'created_at', customer } = req.query;
  const page = Number.parseInt(req.query.page, 10) || 1;

  let query = knex('orders').select('id', 'status', 'total', 'created_at');
  if (status) query = query.where({ status });
  if (customer) query = query.where('customer_id', customer);
  if (req.query.search) query = query.whereRaw(`notes ILIKE '%${req.query.search}%'`); // expect: sql-injection
  if (req.query.minTotal) query = query.whereRaw('total >= ?', [req.query.minTotal]); // ok: sql-injection

  const rows = await query.orderByRaw(`${sort} DESC`).limit(50).offset((page - 1) * 50); // expect: sql-injection
  res.json({ data: rows, page });
});

router.get('/orders/sorted', async (req, res) => {
  const column = SORTABLE.has(req.query.sort) ? req.query.sort : 'created_at';
  const rows = await knex('orders').orderByRaw(`${column} DESC`).limit(50); // ok: sql-injection
  res.json(rows);
});

router.post('/orders/:id/label', async (req, res) => {
  const orderId = req.params.id;
  const carrier = req.body.carrier;
  logger.info({ orderId, carrier }, 'printing label');

  exec(`label-printer --order ${orderId} --carrier ${carrier}`, (err, stdout) => { // expect: command-injection
    if (err) return res.status(500).json({ error: 'printer failed' });
    res.json({ output: stdout });
  });
});

router.post('/orders/:id/label/v2', async (req, res) => {
  execFile('label-printer', ['--order', req.params.id, '--carrier', req.body.carrier], (err, stdout) => { // ok: command-injection
    if (err) return res.status(500).json({ error: 'printer failed' });
    res.json({ output: stdout });
  });
});

router.get('/orders/export', async (req, res) => {
  const from = req.query.from;
  const to = req.query.to;
  const rows = await knex.raw(`SELECT * FROM orders WHERE created_at BETWEEN '${from}' AND '${to}'`); // expect: sql-injection
  res.json(rows.rows);
});

module.exports = router;
