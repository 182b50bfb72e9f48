// corpus: path=src/routes/templates.js
const express = require('express');
const fs = require('fs');
const path = require('path');
const ejs = require('ejs');
const pug = require('pug');
const Handlebars = require('handlebars');
const nunjucks = require('nunjucks');
const _ = require('lodash');
const { Template } = require('../models');

const router = express.Router();
const env = new nunjucks.Environment(new nunjucks.FileSystemLoader('views'), { autoescape: true });
const footerTemplate = Handlebars.compile(fs.readFileSync(path.join(__dirname, 'footer.hbs'), 'utf8')); // ok: template-injection

router.post('/preview/email', (req, res) => {
  const { subject, body } = req.body;
  const compiled = _.template(body); // expect: template-injection
  res.send(compiled({ subject, user: req.user }));
});

router.post('/preview/sms', (req, res) => {
  const greeting = _.template('Hi <%- name %>, your order shipped')({ name: req.body.name }); // ok: template-injection
  res.json({ text: greeting });
});

router.post('/preview/page', (req, res) => {
  const html = env.renderString(req.body.markup, { user: req.user }); // expect: template-injection
  res.send(html);
});

router.get('/preview/page/:slug', (req, res) => {
  res.send(env.render('pages/show.njk', { slug: req.params.slug, q: req.query.q })); // ok: template-injection
});

router.post('/preview/invoice', async (req, res) => {
  const layout = req.body.layout;
  const renderInvoice = pug.compile(layout, { filename: 'invoice.pug' }); // expect: template-injection
  res.send(renderInvoice({ invoice: req.body.invoice }));
});

router.post('/preview/receipt', async (req, res) => {
  const html = await ejs.renderFile(path.join(__dirname, 'views', 'receipt.ejs'), { items: req.body.items }); // ok: template-injection
  res.send(html);
});

router.put('/templates/:id', async (req, res) => {
  const tpl = await Template.findByPk(req.params.id);
  const source = req.body.source;
  const check = Handlebars.precompile(source); // expect: template-injection
  await tpl.update({ source, compiled: check });
  res.json({ ok: true, footer: footerTemplate({ year: new Date().getFullYear() }) });
});

router.post('/preview/quote', (req, res) => {
  const fn = ejs.compile(fs.readFileSync(path.join(__dirname, 'views', 'quote.ejs'), 'utf8')); // ok: template-injection
  res.send(fn({ customer: req.body.customer }));
});

module.exports = router;
