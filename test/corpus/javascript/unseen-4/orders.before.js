const express = require('express');
const knex = require('../db/knex');
const { execFile } = require('child_process');
const logger = require('../logger');

const router = express.Router();

router.get('/orders', async (req, res) => {
  const { status, sort = 'created_at', customer } = req.query;
  const page = Number.parseInt(req.query.page, 10) || 1;

  let query = knex('orders').select('id', 'status', 'total', 'created_at');
  if (status) query = query.where({ status });
  if (customer) query = query.where('customer_id', customer);

  const rows = await query.orderBy('created_at', 'desc').limit(50).offset((page - 1) * 50);
  res.json({ data: rows, page });
});

router.post('/orders/:id/label', async (req, res) => {
  const orderId = req.params.id;
  const carrier = req.body.carrier;
  logger.info({ orderId, carrier }, 'printing label');

  execFile('label-printer', ['--order', orderId, '--carrier', carrier], (err, stdout) => {
    if (err) return res.status(500).json({ error: 'printer failed' });
    res.json({ output: stdout });
  });
});

router.get('/orders/export', async (req, res) => {
  const from = req.query.from;
  const to = req.query.to;
  const rows = await knex('orders').whereBetween('created_at', [from, to]);
  res.json(rows);
});

module.exports = router;
