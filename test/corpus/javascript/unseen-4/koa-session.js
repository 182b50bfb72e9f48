// corpus: path=src/app.js
const Koa = require('koa');
const Router = require('@koa/router');
const session = require('koa-session');
const cors = require('@koa/cors');
const { randomBytes } = require('crypto');

const app = new Koa();
const router = new Router();
app.keys = [process.env.APP_KEY];

app.use(session({ key: 'app.sess', httpOnly: true, secure: false, maxAge: 86400000 }, app)); // expect: insecure-cookie
app.use(cors({ origin: (ctx) => ctx.get('Origin'), credentials: true })); // expect: permissive-cors

router.post('/login', async (ctx) => {
  const token = randomBytes(32).toString('hex');
  ctx.cookies.set('remember_me', token, { httpOnly: false, maxAge: 30 * 86400000 }); // expect: insecure-cookie
  ctx.cookies.set('auth', token, { httpOnly: true, secure: true, sameSite: 'lax' }); // ok: insecure-cookie
  ctx.cookies.set('lang', ctx.request.body.lang === 'de' ? 'de' : 'en'); // ok: insecure-cookie
  ctx.body = { ok: true };
});

router.get('/profile/card', async (ctx) => {
  ctx.type = 'html';
  ctx.body = `<div class="card">${ctx.query.name}</div>`; // expect: xss
});

router.get('/profile/json', async (ctx) => {
  ctx.body = { name: ctx.query.name }; // ok: xss
});

app.use(router.routes());
module.exports = app;
