// corpus: path=server/routes/templates.js
const express = require('express');
const ejs = require('ejs');
const Handlebars = require('handlebars');
const { requireAdmin } = require('../middleware/auth');
const { Template } = require('../models');

const router = express.Router();

router.post('/preview', requireAdmin, (req, res) => {
  const html = ejs.render(req.body.template, { user: req.user, now: new Date() }); // expect: template-injection
  res.send(html);
});

router.post('/preview/card', requireAdmin, (req, res) => {
  const tpl = Handlebars.compile(req.body.source); // expect: template-injection
  res.type('html').send(tpl({ name: req.user.name }));
});

router.get('/invoice/:id', async (req, res) => {
  const invoice = await Template.findInvoice(req.params.id, req.user.id);
  if (!invoice) return res.sendStatus(404);
  res.render('invoice', { invoice, title: req.query.title }); // ok: template-injection
});

router.get('/list', requireAdmin, async (req, res) => {
  const page = Math.max(1, Number(req.query.page) || 1);
  const rows = await Template.findAll({ limit: 25, offset: (page - 1) * 25, order: [['updatedAt', 'DESC']] });
  res.json(rows.map((t) => ({ id: t.id, name: t.name, updatedAt: t.updatedAt })));
});

module.exports = router;
