// corpus: path=server/app.js
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const session = require('koa-session');
const escapeHtml = require('escape-html');
const fetch = require('node-fetch');
const { pool } = require('./db');

const app = new Koa();
const router = new Router();

app.keys = [process.env.SESSION_KEY];
app.use(session({ key: 'shop.sid', httpOnly: true, secure: process.env.NODE_ENV === 'production', sameSite: 'lax' }, app));
app.use(bodyParser());

router.get('/search', async (ctx) => {
  const q = ctx.query.q || '';
  const { rows } = await pool.query('select id, name, price from products where name ilike $1 limit 50', [`%${q}%`]);
  ctx.type = 'html';
  ctx.body = `<h1>Results for ${q}</h1>` + rows.map((r) => `<p>${escapeHtml(r.name)}</p>`).join(''); // expect: xss
});

router.get('/hello', async (ctx) => {
  ctx.type = 'html';
  ctx.body = `<p>Hello ${escapeHtml(ctx.query.name || 'guest')}</p>`; // ok: xss
});

router.get('/products', async (ctx) => {
  const sort = ctx.query.sort || 'name';
  const { rows } = await pool.query(`select id, name, price from products order by ${sort} limit 100`); // expect: sql-injection
  ctx.body = rows;
});

router.get('/products/:id', async (ctx) => {
  const { rows } = await pool.query('select * from products where id = $1', [ctx.params.id]); // ok: sql-injection
  if (!rows.length) ctx.throw(404);
  ctx.body = rows[0];
});

router.post('/cart/checkout', async (ctx) => {
  const back = ctx.request.body.returnUrl;
  ctx.session.lastCheckout = Date.now();
  ctx.redirect(back || '/orders'); // expect: open-redirect
});

router.get('/logout', async (ctx) => {
  ctx.session = null;
  ctx.redirect('back', '/'); // ok: open-redirect
});

router.post('/shipping/quote', async (ctx) => {
  const { carrierApi, weight } = ctx.request.body;
  const res = await fetch(`${carrierApi}/quote?weight=${Number(weight)}`); // expect: ssrf
  ctx.body = await res.json();
});

router.get('/shipping/track/:code', async (ctx) => {
  const res = await fetch(`https://api.carrier.example/track/${encodeURIComponent(ctx.params.code)}`); // ok: ssrf
  ctx.body = await res.json();
});

app.use(router.routes()).use(router.allowedMethods());

module.exports = app;
