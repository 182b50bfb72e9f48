// corpus: path=routes/pages.js
const express = require('express');
const ejs = require('ejs');
const Mustache = require('mustache');
const escapeHtml = require('escape-html');
const { Page } = require('../models');

const router = express.Router();

router.get('/preview', (req, res) => {
  const { title = '', body = '' } = req.query;
  res.write('<!doctype html><html><body>');
  res.write(`<h1>${title}</h1>`); // expect: xss
  res.write(`<main>${escapeHtml(body)}</main>`); // ok: xss
  res.end('</body></html>');
});

router.get('/not-found', (req, res) => {
  res.status(404).send('<p>No page at ' + req.originalUrl + '</p>'); // expect: xss
});

router.get('/not-found-safe', (req, res) => {
  res.status(404).send('<p>No page at ' + escapeHtml(req.originalUrl) + '</p>'); // ok: xss
});

router.post('/custom', async (req, res) => {
  const page = await Page.findByPk(req.body.pageId);
  const html = ejs.render(req.body.layout || page.layout, { page }); // expect: template-injection
  res.send(html);
});

router.post('/mustache', (req, res) => {
  const view = { name: req.body.name, items: req.body.items };
  res.send(Mustache.render(req.body.template, view)); // expect: template-injection
});

router.post('/mustache-fixed', (req, res) => {
  const view = { name: req.body.name, items: req.body.items };
  res.send(Mustache.render('<p>Hi {{name}}</p><ul>{{#items}}<li>{{.}}</li>{{/items}}</ul>', view)); // ok: template-injection
});

router.get('/page/:slug', async (req, res) => {
  const page = await Page.findOne({ where: { slug: req.params.slug } });
  res.render('page', { page, ref: req.query.ref }); // ok: template-injection
});

router.get('/login', (req, res) => {
  const next = req.query.next || '/';
  if (!next.startsWith('/')) return res.redirect('/');
  res.redirect(next); // expect: open-redirect
});

module.exports = router;
