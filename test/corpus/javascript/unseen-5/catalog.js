// corpus: path=server/routes/catalog.js
const express = require('express');
const path = require('path');
const fs = require('fs/promises');
const shell = require('shelljs');
const { execa, execaCommand } = require('execa');
const Handlebars = require('handlebars');
const { Sequelize, QueryTypes } = require('sequelize');
const escapeHtml = require('escape-html');

const router = express.Router();
const sequelize = new Sequelize(process.env.DATABASE_URL);
const IMAGES = path.resolve(__dirname, '../../images');

router.get('/products', async (req, res) => {
  const { category, minPrice } = req.query;
  const products = await sequelize.query(
    `SELECT id, name, price FROM products WHERE category = '${category}' AND price >= ${Number(minPrice) || 0}`, // expect: sql-injection
    { type: QueryTypes.SELECT },
  );
  res.json(products);
});

router.get('/products/by-tag', async (req, res) => {
  const products = await sequelize.query('SELECT id, name FROM products WHERE tag = $tag', { bind: { tag: req.query.tag }, type: QueryTypes.SELECT }); // ok: sql-injection
  res.json(products);
});

router.get('/products/:id/badge', (req, res) => {
  const label = new Handlebars.SafeString(`<span class="badge">${req.query.label}</span>`); // expect: xss
  res.send(Handlebars.compile('<div>{{badge}}</div>')({ badge: label }));
});

router.get('/products/:id/title', (req, res) => {
  const tpl = Handlebars.compile('<h1>{{title}}</h1>'); // ok: template-injection
  res.send(tpl({ title: req.query.title })); // ok: xss
});

router.get('/products/list', async (req, res) => {
  const items = String(req.query.names || '').split(',');
  res.write('<ul>');
  for (const item of items) res.write('<li>' + item + '</li>'); // expect: xss
  for (const item of items) res.write('<li>' + escapeHtml(item) + '</li>'); // ok: xss
  res.end('</ul>');
});

router.delete('/images', async (req, res) => {
  await fs.unlink(path.join(IMAGES, req.body.name)); // expect: path-traversal
  res.sendStatus(204);
});

router.get('/images/:name', (req, res) => {
  res.sendFile(req.params.name, { root: IMAGES }); // ok: path-traversal
});

router.get('/images/:name/download', (req, res) => {
  res.download(path.join(IMAGES, 'originals', 'latest.jpg'), req.params.name); // ok: path-traversal
});

router.post('/images/optimize', async (req, res) => {
  const result = shell.exec(`jpegoptim --max=${req.body.quality} ${IMAGES}/*.jpg`, { silent: true }); // expect: command-injection
  res.json({ code: result.code });
});

router.post('/images/resize', async (req, res) => {
  const width = Number.parseInt(req.body.width, 10);
  if (!Number.isInteger(width) || width <= 0) return res.status(400).end();
  await execa('convert', [path.join(IMAGES, path.basename(req.body.name)), '-resize', `${width}x`, '/tmp/out.jpg']); // ok: command-injection
  res.sendStatus(204);
});

router.post('/images/archive', async (req, res) => {
  await execaCommand(`tar czf /tmp/${req.body.archive}.tgz ${IMAGES}`); // expect: command-injection
  res.sendStatus(204);
});

module.exports = router;
