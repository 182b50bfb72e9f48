'use strict';

const express = require('express');
const axios = require('axios');
const { requireAuth } = require('../middleware/auth');
const Connectors = require('../models/connector');
const audit = require('../audit');

const router = express.Router();
router.use(requireAuth);

const REPORTS_API = process.env.REPORTS_API || 'http://reports.internal:8080/';

router.get('/connectors', async (req, res) => {
  const rows = await Connectors.listForAccount(req.user.accountId);
  res.json(rows.map((c) => ({ id: c.id, kind: c.kind, name: c.name, createdAt: c.createdAt })));
});

router.get('/reports/summary', async (req, res) => {
  const { data } = await axios.get(new URL('/v1/summary', REPORTS_API).href, {
    params: { account: req.user.accountId, from: req.query.from, to: req.query.to },
    timeout: 5000,
  });
  res.json(data);
});

router.delete('/connectors/:id', async (req, res) => {
  await Connectors.remove(req.params.id, req.user.accountId);
  await audit.log(req.user, 'connector.removed', { id: req.params.id });
  res.sendStatus(204);
});

module.exports = router;
