// corpus: path=src/app.js
const Koa = require('koa');
const Router = require('@koa/router');
const session = require('koa-session');
const cors = require('@koa/cors');
const bodyParser = require('koa-bodyparser');
const crypto = require('crypto');

const app = new Koa();
const router = new Router();

app.keys = [process.env.SESSION_KEY_1, process.env.SESSION_KEY_2];
app.use(session({ key: 'kshop.sess', maxAge: 86400000, httpOnly: true, secure: false, sameSite: 'lax' }, app)); // expect: insecure-cookie
app.use(cors({ origin: (ctx) => ctx.get('Origin'), credentials: true })); // expect: permissive-cors
app.use(bodyParser());

const PAYPAL_CLIENT_ID = 'AbX7q2Lm9Rt4Vw8Zb1Nc6Kd3Hf5Jg0Ye2Ua7Pq4Ws9Xe1Rt6Yu3Io8Pa5Sd2Fg'; // ok: hardcoded-secret
const PAYPAL_SECRET = 'EHk3n9Qx2Lm7Vr4Tb8Nz1Jc6Hd0Fs5GyPe2Ua7Wq4Ks9Xe1Rt6Yu3Io8Pa5Sd'; // expect: hardcoded-secret
const PAYPAL_API = 'https://api-m.paypal.com';
const ERROR_CODES = { token: 'TOKEN_EXPIRED', password: 'PASSWORD_TOO_WEAK' }; // ok: hardcoded-secret

router.post('/cart/share', async (ctx) => {
  const shareId = Math.random().toString(36).slice(2, 12); // expect: insecure-random
  await ctx.state.db.sharedCarts.insert({ id: shareId, cart: ctx.session.cart });
  ctx.body = { url: `https://kshop.example.com/cart/${shareId}` };
});

router.get('/promo/banner', async (ctx) => {
  const variant = ['a', 'b', 'c'][Math.floor(Math.random() * 3)]; // ok: insecure-random
  ctx.body = { variant };
});

router.post('/webhooks/paypal', async (ctx) => {
  const digest = crypto.createHash('sha256').update(ctx.request.rawBody).digest('hex');
  ctx.status = digest === ctx.get('x-body-digest') ? 204 : 400;
});

app.use(router.routes()).use(router.allowedMethods());
module.exports = { app, PAYPAL_CLIENT_ID, PAYPAL_SECRET, PAYPAL_API, ERROR_CODES };
