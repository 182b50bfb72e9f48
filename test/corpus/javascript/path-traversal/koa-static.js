// corpus: path=src/server/assets.js
const Koa = require('koa');
const Router = require('@koa/router');
const send = require('koa-send');
const fs = require('fs');
const path = require('path');

const app = new Koa();
const router = new Router();
const THEMES = path.join(__dirname, 'themes');

router.get('/themes/:name/style.css', async (ctx) => {
  const { name } = ctx.params;
  ctx.type = 'text/css';
  ctx.body = fs.readFileSync(path.join(THEMES, name, 'style.css')); // expect: path-traversal
});

router.get('/assets/(.*)', async (ctx) => {
  await send(ctx, ctx.params[0], { root: path.join(__dirname, 'public') }); // ok: path-traversal
});

router.get('/docs', async (ctx) => {
  const page = ctx.query.page || 'index';
  const file = path.normalize(path.join(__dirname, 'docs', `${page}.md`));
  if (!file.startsWith(path.join(__dirname, 'docs'))) {
    ctx.throw(404);
  }
  ctx.body = fs.readFileSync(file, 'utf8'); // expect: path-traversal
});

router.get('/logs', async (ctx) => {
  const day = ctx.query.day;
  ctx.body = fs.createReadStream(path.resolve('/var/log/app', `${day}.log`)); // expect: path-traversal
});

app.use(router.routes());
module.exports = app;
