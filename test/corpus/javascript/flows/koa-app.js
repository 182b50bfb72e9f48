// corpus: path=src/app.js
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { Client } = require('pg');
const { exec } = require('child_process');
const fs = require('fs/promises');
const path = require('path');

const app = new Koa();
const router = new Router();
const db = new Client();
const NOTES = path.join(__dirname, 'notes');

router.get('/notes/:name', async (ctx) => {
  const { name } = ctx.params;
  ctx.body = await fs.readFile(path.join(NOTES, name), 'utf8'); // expect: path-traversal
});

router.get('/people', async (ctx) => {
  const { city } = ctx.query;
  const res = await db.query("SELECT name FROM people WHERE city = '" + city + "'"); // expect: sql-injection
  ctx.body = res.rows;
});

router.get('/people-safe', async (ctx) => {
  const res = await db.query('SELECT name FROM people WHERE city = $1', [ctx.query.city]); // ok: sql-injection
  ctx.body = res.rows;
});

router.post('/convert', async (ctx) => {
  const { input, format } = ctx.request.body;
  await new Promise((resolve, reject) => {
    exec(`pandoc ${input} -t ${format} -o /tmp/out`, (err) => (err ? reject(err) : resolve())); // expect: command-injection
  });
  ctx.body = { ok: true };
});

router.get('/welcome', async (ctx) => {
  const name = ctx.query.name || 'guest';
  ctx.type = 'text/html';
  ctx.body = '<p>Welcome ' + name + '</p>'; // expect: xss
});

router.get('/bye', async (ctx) => {
  const returnUrl = ctx.query.return_url;
  ctx.redirect(returnUrl || '/'); // expect: open-redirect
});

router.get('/bye-safe', async (ctx) => {
  ctx.redirect(ctx.router.url('home')); // ok: open-redirect
});

app.use(bodyParser());
app.use(router.routes());
module.exports = app;
