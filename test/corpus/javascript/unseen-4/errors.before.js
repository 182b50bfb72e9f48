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
    ctx.body = { error: 'Something went wrong' };
    ctx.app.emit('error', err, ctx);
  }
});

router.get('/proxy/avatar', async (ctx) => {
  const avatarUrl = ctx.query.u;
  ctx.assert(avatarUrl, 400, 'u is required');
  ctx.set('Cache-Control', 'public, max-age=300');
  ctx.body = { avatar: avatarUrl };
});

router.post('/webhooks/test', async (ctx) => {
  const { callbackUrl } = ctx.request.body;
  ctx.assert(callbackUrl, 400, 'callbackUrl is required');
  ctx.body = { queued: true };
});

app.use(bodyParser());
app.use(router.routes());

module.exports = app;
