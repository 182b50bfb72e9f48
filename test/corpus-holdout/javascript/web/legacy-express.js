// corpus: path=routes/legacy.js
const express = require('express');
const { exec: sh } = require('child_process');
const fs = require('fs');
const path = require('path');
const mysql = require('mysql2');

const router = express.Router();
const pool = mysql.createPool({ host: 'db', user: 'app', database: 'legacy' });
const DOCS = path.join(__dirname, '..', 'docs');

router.get('/greet', function (req, res) {
  var name = req.query.name;
  var page = '<html><body><h2>Hi ' + name + '</h2></body></html>';
  res.send(page); // expect: xss
});

router.get('/greet.json', function (req, res) {
  res.json({ greeting: 'Hi ' + req.query.name }); // ok: xss
});

router.get('/doc', function (req, res) {
  var file = req.query.f;
  fs.createReadStream(path.join(DOCS, file)).pipe(res); // expect: path-traversal
});

router.get('/account', function (req, res) {
  var id = req.query.id;
  pool.query('SELECT * FROM accounts WHERE id = ' + id, function (err, rows) { // expect: sql-injection
    if (err) return res.status(500).end();
    res.json(rows);
  });
});

router.get('/account2', function (req, res) {
  pool.execute('SELECT * FROM accounts WHERE id = ?', [req.query.id], function (err, rows) { // ok: sql-injection
    res.json(rows || []);
  });
});

router.post('/whois', function (req, res) {
  var domain = req.body.domain;
  sh('whois ' + domain, function (err, stdout) { // expect: command-injection
    res.type('text/plain').send(stdout);
  });
});

router.get('/bye', function (req, res) {
  var target = req.query.redirect_uri;
  res.writeHead(302, { Location: target }); // expect: open-redirect
  res.end();
});

router.get('/token', function (req, res) {
  var csrfToken = Math.random().toString(36).substring(2); // expect: insecure-random
  res.cookie('csrf', csrfToken, { sameSite: 'strict', secure: true });
  res.json({ csrfToken: csrfToken });
});

module.exports = router;
