// corpus: path=src/routes/account.js
const express = require('express');
const cookie = require('cookie');
const jwt = require('jsonwebtoken');
const crypto = require('crypto');
const { promisify } = require('util');
const { exec } = require('child_process');
const mysql = require('mysql2');
const db = require('../db');

const run = promisify(exec);
const connection = mysql.createConnection(process.env.DATABASE_URL);
const router = express.Router();

router.post('/login', async (req, res) => {
  const { email, password } = req.body;
  const user = await db.users.findByEmail(email);
  if (!user || user.password !== crypto.createHash('md5').update(password).digest('hex')) { // expect: weak-hash
    return res.status(401).json({ error: 'invalid credentials' });
  }
  const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' });
  res.setHeader('Set-Cookie', cookie.serialize('session', token, { path: '/', maxAge: 3600 })); // expect: insecure-cookie
  res.json({ ok: true });
});

router.post('/login/v2', async (req, res) => {
  const token = jwt.sign({ sub: req.user.id }, process.env.JWT_SECRET, { expiresIn: '1h' });
  res.setHeader('Set-Cookie', cookie.serialize('session', token, { path: '/', httpOnly: true, secure: true, sameSite: 'lax' })); // ok: insecure-cookie
  res.json({ ok: true });
});

router.get('/guest-token', (req, res) => {
  const token = jwt.sign({ guest: true, name: req.query.name }, '', { algorithm: 'none' }); // expect: jwt-weak
  res.json({ token });
});

router.get('/invoices', (req, res) => {
  const year = req.query.year;
  connection.query('SELECT * FROM invoices WHERE user_id = ' + req.user.id + " AND year = '" + year + "'", (err, rows) => { // expect: sql-injection
    if (err) return res.status(500).end();
    res.json(rows);
  });
});

router.get('/invoices/v2', (req, res) => {
  connection.query('SELECT * FROM invoices WHERE user_id = ? AND year = ?', [req.user.id, req.query.year], (err, rows) => { // ok: sql-injection
    if (err) return res.status(500).end();
    res.json(rows);
  });
});

router.post('/export', async (req, res) => {
  const { format } = req.body;
  const { stdout } = await run(`./bin/export --user ${req.user.id} --format ${format}`); // expect: command-injection
  res.type('text/plain').send(stdout);
});

router.post('/export/v2', async (req, res) => {
  const format = ['csv', 'json'].includes(req.body.format) ? req.body.format : 'csv';
  const { stdout } = await run(`./bin/export --user ${Number(req.user.id)} --format ${format}`); // ok: command-injection
  res.type('text/plain').send(stdout);
});

router.get('/continue', (req, res) => {
  res.redirect(302, req.query.returnTo || '/'); // expect: open-redirect
});

router.get('/otp', (req, res) => {
  const otp = Math.floor(Math.random() * 1000000).toString().padStart(6, '0'); // expect: insecure-random
  req.session.otp = otp;
  res.json({ sent: true });
});

module.exports = router;
