// corpus: path=src/routes/reports.js
const express = require('express');
const mysql = require('mysql2/promise');
const validator = require('validator');
const { execSync, spawn } = require('child_process');

const router = express.Router();
const pool = mysql.createPool({ uri: process.env.DATABASE_URL });
const ACTIONS = { restart: 'systemctl restart report-worker', status: 'systemctl status report-worker' };
const EXPORTABLE = ['id', 'title', 'owner', 'created_at'];

router.get('/reports/count', async (req, res) => {
  const [rows] = await pool.query('SELECT COUNT(*) AS n FROM reports WHERE owner = ?', [req.query.owner]); // ok: sql-injection
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify({ owner: req.query.owner, count: rows[0].n })); // ok: xss
});

router.get('/reports/table', async (req, res) => {
  const table = req.query.archived === '1' ? 'reports_archive' : 'reports';
  const [rows] = await pool.query(`SELECT id, title FROM ${table} WHERE owner = ?`, [req.query.owner]); // ok: sql-injection
  res.json(rows);
});

router.get('/reports/export', async (req, res) => {
  const columns = String(req.query.columns || 'id').split(',').filter((c) => EXPORTABLE.includes(c));
  const [rows] = await pool.query(`SELECT ${columns.join(', ')} FROM reports`); // ok: sql-injection
  res.json(rows);
});

router.get('/reports/search', async (req, res) => {
  const [rows] = await pool.execute(`SELECT id, title FROM reports WHERE title LIKE '%${req.query.q}%'`); // expect: sql-injection
  res.send(`<h2>${rows.length} results for ${validator.escape(String(req.query.q))}</h2>`); // ok: xss
});

router.get('/reports/page', async (req, res) => {
  const page = Number(req.query.page) || 1;
  res.send(`<p>Page ${page}</p>`); // ok: xss
  res.write(`<p>Filter: ${req.query.filter}</p>`); // expect: xss
});

router.post('/ops', (req, res) => {
  const command = ACTIONS[req.body.action];
  if (!command) return res.status(400).json({ error: 'unknown action' });
  res.type('text/plain').send(execSync(command)); // ok: command-injection
});

router.post('/ops/logs', (req, res) => {
  const lines = req.body.lines;
  res.type('text/plain').send(execSync(`journalctl -u report-worker -n ${lines}`)); // expect: command-injection
});

router.post('/ops/grep', (req, res) => {
  const child = spawn('grep', ['-n', req.body.pattern, '/var/log/report-worker.log']); // ok: command-injection
  child.stdout.pipe(res);
});

router.get('/embed', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', '*'); // ok: permissive-cors
  res.json({ widget: 'reports', version: 3 });
});

router.get('/me/reports', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin); // expect: permissive-cors
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.json({ owner: req.session.userId });
});

module.exports = router;
