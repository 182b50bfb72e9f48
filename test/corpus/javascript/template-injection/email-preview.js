// corpus: path=server/email-preview.js
const express = require('express');
const ejs = require('ejs');
const pug = require('pug');
const Handlebars = require('handlebars');
const path = require('path');

const router = express.Router();
const VIEWS = path.join(__dirname, 'emails');
const compiledWelcome = pug.compileFile(path.join(VIEWS, 'welcome.pug'));

router.post('/emails/preview', (req, res) => {
  const html = ejs.render(req.body.template, { user: req.user }); // expect: template-injection
  res.send(html);
});

router.post('/emails/preview-pug', (req, res) => {
  const fn = pug.compile(req.body.source); // expect: template-injection
  res.send(fn({ user: req.user }));
});

router.post('/emails/preview-hbs', (req, res) => {
  const template = Handlebars.compile(req.body.template); // expect: template-injection
  res.send(template({ user: req.user }));
});

router.get('/emails/welcome', (req, res) => {
  res.send(compiledWelcome({ name: req.query.name })); // ok: template-injection
});

router.get('/emails/receipt', (req, res) => {
  ejs.renderFile(path.join(VIEWS, 'receipt.ejs'), { order: req.query.order }, (err, html) => { // ok: template-injection
    if (err) return res.status(500).end();
    res.send(html);
  });
});

module.exports = router;
