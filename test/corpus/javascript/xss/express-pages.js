// corpus: path=server/pages.js
const express = require('express');
const escapeHtml = require('escape-html');

const router = express.Router();

router.get('/search', (req, res) => {
  const q = req.query.q || '';
  res.send('<h1>Results for ' + q + '</h1>'); // expect: xss
});

router.get('/search-safe', (req, res) => {
  const q = req.query.q || '';
  res.send('<h1>Results for ' + escapeHtml(q) + '</h1>'); // ok: xss
});

router.get('/hello/:name', (req, res) => {
  const { name } = req.params;
  res.write(`<p>Hello ${name}!</p>`); // expect: xss
  res.end();
});

router.get('/profile', (req, res) => {
  res.render('profile', { name: req.query.name }); // ok: xss
});

router.get('/status', (req, res) => {
  res.json({ status: 'ok', echo: req.query.echo }); // ok: xss
});

router.get('/error', (req, res) => {
  const message = req.query.msg;
  res.status(400).type('html').end(`<div class="error">${message}</div>`); // expect: xss
});

router.get('/plain', (req, res) => {
  res.type('text/plain').send(`You searched for ${req.query.q}`); // ok: xss
});

module.exports = router;
