// corpus: path=src/server.ts
import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import cors from '@koa/cors';
import { Pool } from 'pg';
import got from 'got';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { execa } from 'execa';
import serialize from 'node-serialize';

const app = new Koa();
const router = new Router();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const DOCS = join(process.cwd(), 'docs');

app.use(cors({ origin: (ctx) => ctx.get('Origin'), credentials: true }));  // expect: permissive-cors
app.use(bodyParser());

router.get('/docs/:page', async (ctx) => {
  const page = ctx.params.page;
  ctx.body = await readFile(join(DOCS, `${page}.md`), 'utf8');  // expect: path-traversal
});

router.get('/guide/:page', async (ctx) => {
  const page = normalize(ctx.params.page).replace(/^(\.\.[/\\])+/, '');
  if (page.includes('..')) ctx.throw(400);
  ctx.body = await readFile(join(DOCS, `${page}.md`), 'utf8');  // ok: path-traversal
});

router.get('/hello', async (ctx) => {
  ctx.type = 'html';
  ctx.body = `<p>Hello ${ctx.query.name}</p>`;  // expect: xss
});

router.get('/orders', async (ctx) => {
  const { rows } = await pool.query(`SELECT * FROM orders WHERE customer = '${ctx.query.customer}'`);  // expect: sql-injection
  ctx.body = rows;
});

router.get('/orders/:id', async (ctx) => {
  const { rows } = await pool.query('SELECT * FROM orders WHERE id = $1', [ctx.params.id]);  // ok: sql-injection
  ctx.body = rows[0] ?? null;
});

router.post('/ping', async (ctx) => {
  const { host } = ctx.request.body as { host: string };
  const { stdout } = await execa(`ping -c 1 ${host}`, { shell: true });  // expect: command-injection
  ctx.body = { stdout };
});

router.post('/ping-safe', async (ctx) => {
  const { host } = ctx.request.body as { host: string };
  const { stdout } = await execa('ping', ['-c', '1', host]);  // ok: command-injection
  ctx.body = { stdout };
});

router.post('/preview', async (ctx) => {
  const { url } = ctx.request.body as { url: string };
  const html = await got(url).text();  // expect: ssrf
  ctx.body = { length: html.length };
});

router.post('/restore', async (ctx) => {
  const state = serialize.unserialize(ctx.cookies.get('state') ?? '{}');  // expect: unsafe-deserialization
  ctx.body = { restored: Object.keys(state).length };
});

app.use(router.routes()).use(router.allowedMethods());

if (process.env.NODE_ENV !== 'test') {
  app.listen(Number(process.env.PORT ?? 3000));
}

export default app;
