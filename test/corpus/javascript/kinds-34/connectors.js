// corpus: path=src/routes/connectors.js
'use strict';

const http = require('http');
const express = require('express');
const axios = require('axios');
const { request } = require('undici');
const WebSocket = require('ws');
const { requireAuth } = require('../middleware/auth');
const Connectors = require('../models/connector');
const audit = require('../audit');

const router = express.Router();
router.use(requireAuth);

const REPORTS_API = process.env.REPORTS_API || 'http://reports.internal:8080/';
const PARTNER_HOSTS = new Set(['api.hubspot.com', 'api.pipedrive.com', 'api.salesforce.com']);

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

// The dashboard asks for any report endpoint by name: /reports/raw?endpoint=v1/funnel
router.get('/reports/raw', async (req, res) => {
  const target = new URL(String(req.query.endpoint || ''), REPORTS_API);
  target.searchParams.set('account', req.user.accountId);
  const { data, status } = await axios.get(target.href, { timeout: 5000, validateStatus: () => true }); // expect: ssrf
  res.status(status).json(data);
});

// Self-hosted database connectors: the customer gives the host and port of their agent, and the
// "Test connection" button checks that the agent answers before the connector is saved.
router.post('/connectors/test', express.json(), (req, res) => {
  const { host, port = 7070 } = req.body;
  const probe = http.get({ hostname: host, port: Number(port), path: '/agent/health', timeout: 3000 }, (agentRes) => { // expect: ssrf
    let body = '';
    agentRes.setEncoding('utf8');
    agentRes.on('data', (chunk) => { body += chunk; });
    agentRes.on('end', () => res.json({ reachable: agentRes.statusCode === 200, status: agentRes.statusCode, body: body.slice(0, 500) }));
  });
  probe.on('timeout', () => probe.destroy(new Error('timed out')));
  probe.on('error', (err) => res.json({ reachable: false, error: err.message }));
});

// CRM connectors talk to the vendor's API; only the vendors listed above are allowed.
router.post('/connectors/crm/verify', express.json(), async (req, res) => {
  let base;
  try {
    base = new URL(req.body.apiBase);
  } catch {
    return res.status(400).json({ error: 'apiBase must be a URL' });
  }
  if (base.protocol !== 'https:' || !PARTNER_HOSTS.has(base.hostname)) {
    return res.status(400).json({ error: 'unsupported CRM host' });
  }
  const { statusCode } = await request(new URL('/oauth/v1/access-tokens', base), { // ok: ssrf
    method: 'GET',
    headers: { authorization: `Bearer ${req.body.token}` },
  });
  res.json({ ok: statusCode === 200 });
});

// Bulk import: the customer pastes a list of CSV export URLs from their warehouse.
router.post('/connectors/:id/import', express.json(), async (req, res) => {
  const connector = await Connectors.get(req.params.id, req.user.accountId);
  if (!connector) return res.sendStatus(404);
  const urls = Array.isArray(req.body.urls) ? req.body.urls.slice(0, 20) : [];
  const files = await Promise.all(
    urls.map((u) => request(u, { maxRedirections: 2 }).then((r) => r.body.text())) // expect: ssrf
  );
  const rows = files.flatMap((text) => text.split('\n').slice(1).filter(Boolean));
  await Connectors.appendRows(connector.id, rows);
  await audit.log(req.user, 'connector.import', { id: connector.id, files: files.length, rows: rows.length });
  res.json({ imported: rows.length });
});

// Live feed connectors stream events from the customer's websocket endpoint to the browser.
router.get('/connectors/:id/live', async (req, res) => {
  const connector = await Connectors.get(req.params.id, req.user.accountId);
  if (!connector) return res.sendStatus(404);
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
  const upstream = new WebSocket(req.query.feed || connector.feedUrl); // expect: ssrf
  upstream.on('message', (msg) => res.write(`data: ${msg}\n\n`));
  upstream.on('error', () => res.end());
  req.on('close', () => upstream.close());
});

router.delete('/connectors/:id', async (req, res) => {
  await Connectors.remove(req.params.id, req.user.accountId);
  await audit.log(req.user, 'connector.removed', { id: req.params.id });
  res.sendStatus(204);
});

module.exports = router;
