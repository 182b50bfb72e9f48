// corpus: path=src/index.ts
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { html, raw } from 'hono/html';
import { getCookie, setCookie } from 'hono/cookie';
import { drizzle } from 'drizzle-orm/d1';
import { eq, sql } from 'drizzle-orm';
import { links, clicks } from './schema';

type Env = { Bindings: { DB: D1Database; LINKS: KVNamespace; PUBLIC_ORIGIN: string } };

const app = new Hono<Env>();

app.use('/api/*', cors({ origin: (origin) => (origin.endsWith('.acme.dev') ? origin : null), credentials: true }));

app.get('/', (c) => {
  const q = c.req.query('q') ?? '';
  return c.html(html`<!doctype html>
    <form action="/search"><input name="q" value="${q}" /></form>`); // ok: xss
});

app.get('/search', async (c) => {
  const q = c.req.query('q') ?? '';
  const db = drizzle(c.env.DB);
  const rows = await db.select().from(links).where(sql`${links.title} like ${'%' + q + '%'}`).limit(20); // ok: sql-injection
  const items = rows.map((r) => `<li><a href="/l/${r.slug}">${r.title}</a></li>`).join('');
  return c.html(`<h1>Results for ${q}</h1><ul>${items}</ul>`); // expect: xss
});

app.get('/embed', (c) => {
  const caption = c.req.query('caption') ?? '';
  return c.html(html`<figure>${raw(caption)}</figure>`); // expect: xss
});

app.get('/l/:slug', async (c) => {
  const db = drizzle(c.env.DB);
  const [link] = await db.select().from(links).where(eq(links.slug, c.req.param('slug')));
  if (!link) return c.notFound();
  c.executionCtx.waitUntil(db.insert(clicks).values({ linkId: link.id, at: new Date() }).run());
  return c.redirect(link.target, 302); // ok: open-redirect
});

app.get('/go', (c) => {
  const to = c.req.query('to') ?? '/';
  return c.redirect(to); // expect: open-redirect
});

app.get('/api/stats', async (c) => {
  const db = drizzle(c.env.DB);
  const order = c.req.query('order') ?? 'desc';
  const rows = await db.all(sql.raw(`select slug, count(*) as n from clicks group by slug order by n ${order}`)); // expect: sql-injection
  return c.json(rows);
});

app.get('/api/columns', async (c) => {
  const db = drizzle(c.env.DB);
  const COLUMNS = ['slug', 'title', 'created_at'] as const;
  const rows = await db.all(sql.raw(`select ${COLUMNS.map((col) => `"${col}"`).join(', ')} from links limit 50`)); // ok: sql-injection
  return c.json(rows);
});

app.post('/api/unfurl', async (c) => {
  const { url } = await c.req.json<{ url: string }>();
  const cached = await c.env.LINKS.get(url);
  if (cached) return c.json(JSON.parse(cached));
  const res = await fetch(url, { redirect: 'manual' }); // expect: ssrf
  const meta = { status: res.status, type: res.headers.get('content-type') };
  await c.env.LINKS.put(url, JSON.stringify(meta), { expirationTtl: 3600 });
  return c.json(meta);
});

app.get('/theme', (c) => {
  const theme = c.req.query('t') === 'dark' ? 'dark' : 'light';
  setCookie(c, 'theme', theme, { path: '/', maxAge: 31536000, sameSite: 'Lax' });
  const prev = getCookie(c, 'theme');
  return c.text(`theme ${prev ?? 'unset'} -> ${theme}`);
});

export default app;
