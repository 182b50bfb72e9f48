// corpus: path=src/index.ts
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { sign } from 'hono/jwt';

type Bindings = { DB: D1Database; JWT_SECRET: string; ALLOWED_ORIGIN: string };

const app = new Hono<{ Bindings: Bindings }>();

app.use('/widgets/*', cors({ origin: '*', allowMethods: ['GET'] })); // ok: permissive-cors
app.use('/api/*', (c, next) => cors({ origin: c.env.ALLOWED_ORIGIN, credentials: true })(c, next)); // ok: permissive-cors
app.use('/embed/*', cors({ origin: (origin) => origin ?? '*', credentials: true })); // expect: permissive-cors

app.post('/api/login', async (c) => {
  const { email } = await c.req.json<{ email: string }>();
  const user = await c.env.DB.prepare('SELECT id FROM users WHERE email = ?').bind(email).first<{ id: string }>();
  if (!user) return c.json({ error: 'not found' }, 404);
  const token = await sign({ sub: user.id, exp: Math.floor(Date.now() / 1000) + 3600 }, c.env.JWT_SECRET);
  setCookie(c, 'auth', token, { path: '/', maxAge: 3600 }); // expect: insecure-cookie
  setCookie(c, 'locale', c.req.header('accept-language')?.slice(0, 2) ?? 'en', { path: '/' }); // ok: insecure-cookie
  return c.json({ ok: true });
});

app.post('/api/refresh', async (c) => {
  const current = getCookie(c, 'auth');
  if (!current) return c.json({ error: 'unauthenticated' }, 401);
  const token = await sign({ sub: current, exp: Math.floor(Date.now() / 1000) + 3600 }, c.env.JWT_SECRET);
  setCookie(c, 'auth', token, { path: '/', httpOnly: true, secure: true, sameSite: 'Strict', maxAge: 3600 }); // ok: insecure-cookie
  return c.json({ ok: true });
});

app.post('/api/logout', (c) => {
  deleteCookie(c, 'auth', { path: '/' });
  return c.json({ ok: true });
});

app.get('/ping', (c) => {
  const requestId = Math.random().toString(16).slice(2); // ok: insecure-random
  return c.json({ pong: true, requestId });
});

export default app;
