// corpus: path=src/app.js
const Koa = require('koa');
const Router = require('@koa/router');
const session = require('koa-session');
const cors = require('@koa/cors');
const bodyParser = require('koa-bodyparser');

const app = new Koa();
app.keys = ['koa-signing-4f8a2c9e1b7d3f6a']; // expect: hardcoded-secret

app.use(session({ key: 'koa.sess', maxAge: 86400000, httpOnly: false, signed: true }, app)); // expect: insecure-cookie
app.use(cors({ origin: (ctx) => ctx.get('Origin'), credentials: true })); // expect: permissive-cors
app.use(bodyParser());

const router = new Router();

router.post('/login', async (ctx) => {
  const user = await ctx.users.verify(ctx.request.body.email, ctx.request.body.password);
  if (!user) ctx.throw(401);
  ctx.session.userId = user.id;
  ctx.cookies.set('last_seen', new Date().toISOString(), { httpOnly: false }); // ok: insecure-cookie
  ctx.body = { ok: true };
});

router.get('/weather', async (ctx) => {
  const res = await fetch(`http://api.open-weather-partner.com/data/2.5/weather?q=${encodeURIComponent(ctx.query.city)}`); // expect: cleartext-http
  ctx.body = await res.json();
});

router.get('/health', async (ctx) => {
  const res = await fetch('http://127.0.0.1:9000/ping'); // ok: cleartext-http
  ctx.body = { upstream: res.ok };
});

app.use(router.routes());
module.exports = app;
