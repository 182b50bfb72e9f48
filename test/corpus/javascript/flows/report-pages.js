// corpus: path=server/routes/reports.js
const express = require('express');
const { spawn } = require('child_process');
const escapeHtml = require('escape-html');
const pool = require('../db');

const router = express.Router();

router.get('/reports/:id/title', async (req, res) => {
  const { rows } = await pool.query('SELECT title FROM reports WHERE id = $1', [req.params.id]); // ok: sql-injection
  if (!rows.length) return res.status(404).type('text/plain').send(`No report ${req.params.id}`); // ok: xss
  res.status(200).type('html').send(`<h1>${escapeHtml(rows[0].title)}</h1>`); // ok: xss
});

router.get('/reports/preview', (req, res) => {
  const heading = req.query.heading || 'Preview';
  res.status(200).type('html').send(`<section><h2>${heading}</h2></section>`); // expect: xss
});

router.get('/reports/legend', (req, res) => {
  const items = String(req.query.items || '').split(',');
  const html = ['<ul class="legend">', ...items.map((i) => `<li>${escapeHtml(i)}</li>`), '</ul>'].join('');
  res.send(html); // ok: xss
});

router.get('/reports/breadcrumbs', (req, res) => {
  const trail = ['<nav>', `<a href="/reports">Reports</a> / ${req.query.section}`, '</nav>'].join('');
  res.send(trail); // expect: xss
});

router.get('/reports/raw', (req, res) => {
  res.set('Content-Type', 'text/plain').send(req.query.text); // ok: xss
});

router.post('/reports/bulk-delete', async (req, res) => {
  const ids = Array.isArray(req.body.ids) ? req.body.ids : [];
  for (const id of ids.map(Number)) {
    await pool.query('DELETE FROM reports WHERE id = $1', [id]); // ok: sql-injection
  }
  const pending = [];
  req.body.tags.forEach((tag) => {
    pending.push(pool.query(`DELETE FROM report_tags WHERE tag = '${tag}'`)); // expect: sql-injection
  });
  await Promise.all(pending);
  res.sendStatus(204);
});

router.post('/reports/grep', (req, res) => {
  const child = spawn('sh', ['-c', `grep -rn "${req.body.term}" /srv/reports | head -50`]); // expect: command-injection
  child.stdout.pipe(res);
});

router.post('/reports/grep-safe', (req, res) => {
  const child = spawn('grep', ['-rn', '--', String(req.body.term), '/srv/reports']); // ok: command-injection
  child.stdout.pipe(res);
});

router.post('/reports/import', (req, res) => {
  let raw = '';
  req.on('data', (chunk) => {
    raw += chunk;
  });
  req.on('end', async () => {
    await pool.query(`INSERT INTO imports (payload) VALUES ('${raw}')`); // expect: sql-injection
    res.sendStatus(202);
  });
});

router.post('/session', (req, res) => {
  const sid = req.sessionID;
  res.cookie('report_session', sid, { maxAge: 8 * 3600 * 1000, sameSite: 'lax' }); // expect: insecure-cookie
  res.cookie('report_view', req.body.view === 'grid' ? 'grid' : 'list', { maxAge: 30 * 86400 * 1000 }); // ok: insecure-cookie
  res.cookie('report_auth', sid, { httpOnly: true, secure: true, sameSite: 'strict' }); // ok: insecure-cookie
  res.sendStatus(204);
});

module.exports = router;
