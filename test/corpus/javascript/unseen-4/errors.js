const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const axios = require('axios');

const app = new Koa();
const router = new Router();

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = { error: err.message, stack: err.stack }; // expect: debug-mode
    ctx.app.emit('error', err, ctx);
  }
});

router.get('/proxy/avatar', async (ctx) => {
  const avatarUrl = ctx.query.u;
  ctx.assert(avatarUrl, 400, 'u is required');
  ctx.set('Cache-Control', 'public, max-age=300');
  const upstream = await axios.get(avatarUrl, { responseType: 'arraybuffer' }); // expect: ssrf
  ctx.type = upstream.headers['content-type'];
  ctx.body = upstream.data;
});

router.post('/webhooks/test', async (ctx) => {
  const { callbackUrl } = ctx.request.body;
  ctx.assert(callbackUrl, 400, 'callbackUrl is required');
  await axios({ method: 'post', url: callbackUrl, data: { event: 'ping' } }); // expect: ssrf
  ctx.body = { queued: true };
});

router.get('/debug/env', async (ctx) => {
  ctx.body = process.env.NODE_ENV === 'production' ? {} : { stack: new Error('probe').stack }; // ok: debug-mode
});

app.use(bodyParser());
app.use(router.routes());

module.exports = app;
