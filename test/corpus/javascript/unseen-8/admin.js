// corpus: path=server/routes/admin.js
const Router = require('@koa/router');
const pug = require('pug');
const axios = require('axios');
const { Webhook } = require('../models');

const router = new Router({ prefix: '/admin' });

router.post('/banners/preview', async (ctx) => {
  const { markup, vars } = ctx.request.body;
  ctx.body = pug.render(markup, vars); // expect: template-injection
});

router.post('/banners/preview-file', async (ctx) => {
  const { vars } = ctx.request.body;
  ctx.body = pug.renderFile('views/banner.pug', vars); // ok: template-injection
});

router.get('/search', async (ctx) => {
  const q = ctx.query.q || '';
  ctx.type = 'html';
  ctx.body = `<h2>Results for ${q}</h2>`; // expect: xss
});

router.get('/search.json', async (ctx) => {
  ctx.body = { q: ctx.query.q || '', results: [] }; // ok: xss
});

router.post('/webhooks/:id/test', async (ctx) => {
  const hook = await Webhook.findByPk(ctx.params.id);
  const res = await axios.post(hook.url, { type: 'test' }); // ok: ssrf
  ctx.body = { status: res.status };
});

router.post('/webhooks/probe', async (ctx) => {
  const res = await axios({ method: 'post', url: ctx.request.body.url, data: { type: 'probe' } }); // expect: ssrf
  ctx.body = { status: res.status };
});

router.post('/login', async (ctx) => {
  const token = await ctx.state.auth.login(ctx.request.body);
  ctx.cookies.set('admin_token', token, { httpOnly: false, signed: true }); // expect: insecure-cookie
  ctx.cookies.set('admin_lang', ctx.request.body.lang || 'en', { httpOnly: false }); // ok: insecure-cookie
  ctx.status = 204;
});

router.get('/go', async (ctx) => {
  ctx.redirect(ctx.query.to || '/admin'); // expect: open-redirect
});

module.exports = router;
