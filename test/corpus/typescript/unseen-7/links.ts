// corpus: path=src/routes/links.ts
import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { html } from 'hono/html';
import { setCookie } from 'hono/cookie';
import { cors } from 'hono/cors';
import type { AppEnv } from '../types';

const CreateLink = z.object({ target: z.string().url(), label: z.string().max(80) });
const Summarize = z.object({ text: z.string().max(4000), audience: z.string() });

export const links = new Hono<AppEnv>();

links.use('/public/*', async (c, next) => {
  await next();
  c.header('Access-Control-Allow-Origin', c.req.header('origin') ?? ''); // expect: permissive-cors
  c.header('Access-Control-Allow-Credentials', 'true');
});
links.use('/embed/*', cors({ origin: '*' })); // ok: permissive-cors

links.get('/unfurl', async (c) => {
  const target = c.req.query('url') ?? '';
  const res = await fetch(target); // expect: ssrf
  return c.json({ status: res.status, type: res.headers.get('content-type') });
});

links.post('/check', zValidator('json', CreateLink), async (c) => {
  const { target } = c.req.valid('json');
  const head = await fetch(target, { method: 'HEAD' }); // expect: ssrf
  return c.json({ reachable: head.ok });
});

links.get('/go/:slug', async (c) => {
  const row = await c.env.DB.prepare('SELECT target FROM links WHERE slug = ?').bind(c.req.param('slug')).first<{ target: string }>(); // ok: sql-injection
  if (!row) return c.notFound();
  return c.redirect(row.target);
});

links.get('/search', async (c) => {
  const term = c.req.query('term') ?? '';
  const { results } = await c.env.DB.prepare(`SELECT slug, label FROM links WHERE label LIKE '%${term}%'`).all(); // expect: sql-injection
  return c.json(results);
});

links.get('/hello/:name', (c) => {
  const name = c.req.param('name');
  return c.html(`<p>Links shared by ${name}</p>`); // expect: xss
});

links.get('/hi/:name', (c) => {
  const name = c.req.param('name');
  return c.html(html`<p>Links shared by ${name}</p>`); // ok: xss
});

links.post('/summaries', zValidator('json', Summarize), async (c) => {
  const { text, audience } = c.req.valid('json');
  const out = await c.env.AI.run('@cf/meta/llama-3.1-8b-instruct', { // expect: prompt-injection
    messages: [
      { role: 'system', content: `Summarize link descriptions for ${audience}. Keep it under 50 words.` },
      { role: 'user', content: text },
    ],
  });
  return c.json(out);
});

links.post('/login-hint', async (c) => {
  const token = crypto.randomUUID();
  setCookie(c, 'link_session', token, { path: '/', sameSite: 'Lax' }); // expect: insecure-cookie
  setCookie(c, 'link_pref', 'compact', { path: '/', maxAge: 3600 }); // ok: insecure-cookie
  setCookie(c, 'link_session2', token, { path: '/', httpOnly: true, secure: true, sameSite: 'Strict' }); // ok: insecure-cookie
  return c.body(null, 204);
});
