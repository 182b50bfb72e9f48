// corpus: path=src/index.ts
import { Hono } from 'hono';
import { html, raw } from 'hono/html';
import { cors } from 'hono/cors';
import { sign, verify } from 'hono/jwt';
import { drizzle } from 'drizzle-orm/d1';
import { sql } from 'drizzle-orm';

type Env = { DB: D1Database; JWT_SECRET: string; ASSETS: Fetcher };

const app = new Hono<{ Bindings: Env }>();

app.use('/api/*', cors({ origin: ['https://app.example.com'], credentials: true })); // ok: permissive-cors

app.get('/api/items', async (c) => {
  const tag = c.req.query('tag') ?? '';
  const { results } = await c.env.DB.prepare('SELECT id, title FROM items WHERE tag = ?1 LIMIT 100').bind(tag).all(); // ok: sql-injection
  return c.json(results);
});

app.get('/api/items/by-column', async (c) => {
  const column = c.req.query('col') ?? 'title';
  const { results } = await c.env.DB.prepare(`SELECT id, ${column} FROM items LIMIT 100`).all(); // expect: sql-injection
  return c.json(results);
});

app.get('/api/stats', async (c) => {
  const db = drizzle(c.env.DB);
  const since = c.req.query('since') ?? '1970-01-01';
  const rows = await db.all(sql`SELECT count(*) AS n FROM items WHERE created_at > ${since}`); // ok: sql-injection
  return c.json(rows);
});

app.get('/welcome', (c) => {
  const name = c.req.query('name') ?? 'friend';
  return c.html(html`<h1>Welcome, ${name}</h1>`); // ok: xss
});

app.get('/banner', (c) => {
  const msg = c.req.query('msg') ?? '';
  return c.html(html`<div class="banner">${raw(msg)}</div>`); // expect: xss
});

app.get('/img/:key', async (c) => {
  const src = c.req.query('src');
  if (!src) return c.notFound();
  const res = await fetch(src, { cf: { cacheTtl: 3600 } }); // expect: ssrf
  return new Response(res.body, { headers: { 'content-type': res.headers.get('content-type') ?? 'image/png' } });
});

app.post('/login', async (c) => {
  const { userId } = await c.req.json<{ userId: string }>();
  const token = await sign({ sub: userId, exp: Math.floor(Date.now() / 1000) + 3600 }, c.env.JWT_SECRET);
  return c.json({ token });
});

app.get('/me', async (c) => {
  const token = c.req.header('authorization')?.replace(/^Bearer /, '') ?? '';
  const claims = await verify(token, c.env.JWT_SECRET);
  return c.json({ id: claims.sub });
});

app.get('*', (c) => c.env.ASSETS.fetch(c.req.raw));

export default app;
