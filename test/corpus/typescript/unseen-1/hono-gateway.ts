// corpus: path=src/gateway.ts
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { setCookie, getCookie } from 'hono/cookie';
import { html, raw } from 'hono/html';
import { sign, verify, decode } from 'hono/jwt';

type Bindings = { JWT_SECRET: string; DB: D1Database; UPSTREAM: string };

const app = new Hono<{ Bindings: Bindings }>();

app.use('/api/*', cors({ origin: (origin) => origin ?? '*', credentials: true })); // expect: permissive-cors
app.use('/widgets/*', cors({ origin: '*' })); // ok: permissive-cors

app.get('/proxy', async (c) => {
  const upstream = c.req.query('upstream');
  const res = await fetch(upstream!, { headers: { accept: 'application/json' } }); // expect: ssrf
  return c.json(await res.json());
});

app.get('/proxy/items/:id', async (c) => {
  const res = await fetch(`${c.env.UPSTREAM}/items/${c.req.param('id')}`); // ok: ssrf
  return c.json(await res.json());
});

app.get('/me', async (c) => {
  const token = getCookie(c, 'auth') ?? '';
  const { payload } = decode(token); // expect: jwt-weak
  return c.json({ user: payload.sub });
});

app.get('/me/verified', async (c) => {
  const token = getCookie(c, 'auth') ?? '';
  const payload = await verify(token, c.env.JWT_SECRET, 'HS256'); // ok: jwt-weak
  return c.json({ user: payload.sub });
});

app.post('/login', async (c) => {
  const { userId } = await c.req.json<{ userId: string }>();
  const token = await sign({ sub: userId, exp: Math.floor(Date.now() / 1000) + 3600 }, c.env.JWT_SECRET);
  setCookie(c, 'auth', token, { path: '/', sameSite: 'Lax' }); // expect: insecure-cookie
  return c.json({ ok: true });
});

app.get('/search', async (c) => {
  const q = c.req.query('q') ?? '';
  const { results } = await c.env.DB.prepare(`SELECT id, title FROM posts WHERE title LIKE '%${q}%'`).all(); // expect: sql-injection
  return c.html(html`<ul>${results.map((r) => html`<li>${r.title}</li>`)}</ul><p>Results for ${q}</p>`); // ok: xss
});

app.get('/search/safe', async (c) => {
  const q = c.req.query('q') ?? '';
  const { results } = await c.env.DB.prepare('SELECT id, title FROM posts WHERE title LIKE ?').bind(`%${q}%`).all(); // ok: sql-injection
  return c.json(results);
});

app.get('/banner', (c) => {
  const message = c.req.query('message') ?? '';
  return c.html(html`<div class="banner">${raw(message)}</div>`); // expect: xss
});

app.get('/hello', (c) => {
  const name = c.req.query('name') ?? 'guest';
  return c.html(`<h1>Hello ${name}</h1>`); // expect: xss
});

export default app;
