// corpus: path=src/routes/render.js
import express from 'express';
import _ from 'lodash';
import nunjucks from 'nunjucks';
import Mustache from 'mustache';
import velocity from 'velocityjs';
import ejs from 'ejs';
import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { requireUser } from '../middleware/auth.js';
import { Page } from '../models/page.js';

const router = express.Router();
const CARD = '<div class="card"><h3><%- title %></h3><p><%- body %></p></div>';
const cardTemplate = _.template(CARD);

router.post('/cards/preview', requireUser, (req, res) => {
  const render = _.template(req.body.layout || CARD); // expect: template-injection
  res.send(render({ title: req.body.title, body: req.body.body }));
});

router.get('/cards/:id', requireUser, async (req, res) => {
  const page = await Page.findByPk(req.params.id);
  if (!page) return res.sendStatus(404);
  res.send(cardTemplate({ title: _.escape(page.title), body: _.escape(page.body) })); // ok: xss, template-injection
});

router.post('/mail/preview', requireUser, (req, res) => {
  const html = Mustache.render(req.body.template, { user: req.user }); // expect: template-injection
  res.type('html').send(html);
});

router.post('/vm/preview', requireUser, (req, res) => {
  const out = velocity.render(req.body.vm, { name: req.user.name }); // expect: template-injection
  res.type('text/plain').send(out);
});

router.get('/greeting', (req, res) => {
  const html = ejs.render('<p>Hi <%= name %></p>', { name: req.query.name }); // ok: template-injection
  res.send(html);
});

router.get('/notes/:id', requireUser, async (req, res) => {
  const page = await Page.findByPk(req.params.id);
  if (!page) return res.sendStatus(404);
  res.send(`<article>${marked.parse(page.markdown)}</article>`); // expect: xss
});

router.get('/notes/:id/safe', requireUser, async (req, res) => {
  const page = await Page.findByPk(req.params.id);
  if (!page) return res.sendStatus(404);
  res.send(`<article>${sanitizeHtml(marked.parse(page.markdown))}</article>`); // ok: xss
});

router.get('/hello', (req, res) => {
  res.send(`<p>Hello ${req.query.name}</p>`); // expect: xss
});

router.get('/docs/:slug', (req, res) => {
  res.render('docs', { slug: req.params.slug, q: req.query.q }); // ok: xss, template-injection
});

router.post('/snippets/render', requireUser, (req, res) => {
  const env = new nunjucks.Environment(null, { autoescape: true });
  res.send(env.renderString(req.body.snippet, { user: req.user })); // expect: template-injection
});

export default router;
