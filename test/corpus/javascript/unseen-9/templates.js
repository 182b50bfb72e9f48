// corpus: path=src/routes/templates.js
const express = require('express');
const ejs = require('ejs');
const nunjucks = require('nunjucks');
const { EmailTemplate } = require('../models');
const { sendMail } = require('../mailer');

const router = express.Router();
const env = nunjucks.configure('views', { autoescape: true });

router.post('/preview', (req, res) => {
  const { body, sample } = req.body;
  const html = ejs.render(body, sample || {}); // expect: template-injection
  res.send(html);
});

router.post('/preview/nunjucks', (req, res) => {
  res.send(env.renderString(req.body.source, { user: req.user })); // expect: template-injection
});

router.get('/preview/:id', async (req, res) => {
  const tpl = await EmailTemplate.findByPk(req.params.id);
  res.render('emails/preview', { subject: tpl.subject, body: tpl.body, name: req.query.name }); // ok: template-injection
});

router.post('/:id/send', async (req, res) => {
  const tpl = await EmailTemplate.findByPk(req.params.id);
  const html = await ejs.renderFile(`views/emails/${tpl.layout}.ejs`, { body: tpl.body, to: req.body.to }); // ok: template-injection
  await sendMail({ to: req.body.to, subject: tpl.subject, html });
  res.status(202).json({ queued: true });
});

router.get('/:id/subject', async (req, res) => {
  const tpl = await EmailTemplate.findByPk(req.params.id);
  res.type('text').send(tpl.subject.replace('{{name}}', req.query.name || '')); // ok: xss
});

module.exports = router;
