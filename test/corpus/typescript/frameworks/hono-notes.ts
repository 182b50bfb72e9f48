// corpus: path=src/routes/notes.ts
import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { drizzle } from 'drizzle-orm/d1';
import { sql, eq } from 'drizzle-orm';
import { notes } from '../db/schema';

type Bindings = { DB: D1Database; SESSION_SECRET: string };

const app = new Hono<{ Bindings: Bindings }>();

app.get('/notes', async (c) => {
  const db = drizzle(c.env.DB);
  const tag = c.req.query('tag') ?? '';
  const order = c.req.query('order') ?? 'created_at';
  const rows = await db.select().from(notes).where(sql`${notes.tag} = ${tag}`); // ok: sql-injection
  const sorted = await db.select().from(notes).orderBy(sql.raw(order)); // expect: sql-injection
  return c.json({ rows, sorted });
});

app.get('/notes/:id', async (c) => {
  const id = c.req.param('id');
  const { results } = await c.env.DB.prepare(`SELECT * FROM notes WHERE id = '${id}'`).all(); // expect: sql-injection
  const byId = await c.env.DB.prepare('SELECT * FROM notes WHERE id = ?').bind(id).first(); // ok: sql-injection
  return c.json({ results, byId });
});

app.get('/notes/:id/preview', async (c) => {
  const title = c.req.query('title') ?? 'Untitled';
  return c.html(`<h1>${title}</h1><p>Preview</p>`); // expect: xss
});

app.get('/notes/:id/count', async (c) => {
  const db = drizzle(c.env.DB);
  const [{ n }] = await db.select({ n: sql<number>`count(*)` }).from(notes).where(eq(notes.id, Number(c.req.param('id'))));
  return c.html(`<span class="count">${n}</span>`); // ok: xss
});

app.post('/notes', async (c) => {
  const body = await c.req.json<{ title: string; text: string; tag?: string }>();
  const db = drizzle(c.env.DB);
  await db.insert(notes).values({ title: body.title, text: body.text, tag: body.tag ?? 'misc' });
  await db.run(sql.raw(`UPDATE tags SET uses = uses + 1 WHERE name = '${body.tag}'`)); // expect: sql-injection
  return c.json({ ok: true }, 201);
});

app.post('/session', async (c) => {
  const { remember } = await c.req.json<{ remember: boolean }>();
  const sid = crypto.randomUUID();
  setCookie(c, 'sid', sid, { path: '/', maxAge: remember ? 2592000 : undefined }); // expect: insecure-cookie
  setCookie(c, 'theme', 'dark', { path: '/' }); // ok: insecure-cookie
  setCookie(c, 'sid2', sid, { path: '/', httpOnly: true, secure: true, sameSite: 'Strict' }); // ok: insecure-cookie
  return c.json({ ok: true });
});

app.get('/go', (c) => {
  const to = c.req.query('to');
  if (!to) return c.text('missing', 400);
  return c.redirect(to); // expect: open-redirect
});

app.get('/docs/:slug', (c) => {
  const slug = c.req.param('slug');
  return c.redirect(`/help/${encodeURIComponent(slug)}`); // ok: open-redirect
});

export default app;
