// corpus: path=src/server.ts
import { createHash, randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { logger } from 'hono/logger';
import { findUserByEmail, verifyPassword, createSession, deleteSession } from './auth';

const app = new Hono();
app.use('*', logger());

app.get('/login', (c) => {
  const next = c.req.query('next') ?? '/';
  return c.html(`<form method="post" action="/login?next=${encodeURIComponent(next)}">…</form>`);
});

app.post('/login', async (c) => {
  const form = await c.req.parseBody();
  const user = await findUserByEmail(String(form.email ?? ''));
  if (!user || !(await verifyPassword(user, String(form.password ?? '')))) {
    return c.text('invalid credentials', 401);
  }
  const sid = await createSession(user.id);
  setCookie(c, 'sid', sid); // expect: insecure-cookie
  setCookie(c, 'theme', user.theme ?? 'light', { maxAge: 60 * 60 * 24 * 365 });
  return c.redirect(c.req.query('next') ?? '/'); // expect: open-redirect
});

app.post('/login/v2', async (c) => {
  const form = await c.req.parseBody();
  const user = await findUserByEmail(String(form.email ?? ''));
  if (!user || !(await verifyPassword(user, String(form.password ?? '')))) {
    return c.text('invalid credentials', 401);
  }
  const sid = await createSession(user.id);
  setCookie(c, 'sid', sid, { httpOnly: true, secure: true, sameSite: 'Lax', path: '/' }); // ok: insecure-cookie
  const next = c.req.query('next') ?? '/';
  const safe = next.startsWith('/') && !next.startsWith('//') ? next : '/';
  return c.redirect(safe); // ok: open-redirect
});

app.post('/logout', async (c) => {
  const sid = getCookie(c, 'sid');
  if (sid) await deleteSession(sid);
  setCookie(c, 'sid', '', { maxAge: 0, httpOnly: true, secure: true });
  return c.redirect('/');
});

app.get('/assets/:name', (c) => {
  const etag = createHash('md5').update(c.req.param('name')).digest('hex'); // ok: weak-hash
  c.header('ETag', `"${etag}"`);
  return c.body(null, 304);
});

export function legacyPasswordDigest(password: string, salt: string): string {
  return createHash('md5').update(salt + password).digest('hex'); // expect: weak-hash
}

export function newCsrfToken(): string {
  return randomBytes(32).toString('base64url');
}

export default app;
