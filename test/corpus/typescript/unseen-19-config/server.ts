// corpus: path=src/server.ts
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { jwt, sign } from 'hono/jwt';
import { setCookie } from 'hono/cookie';
import { logger } from 'hono/logger';
import { secureHeaders } from 'hono/secure-headers';

import { findUserByEmail, verifyPassword } from './users';

type Bindings = { JWT_SECRET: string; ALLOWED_ORIGINS: string; DB: D1Database };

const app = new Hono<{ Bindings: Bindings }>();
const EMBED_SIGNING_KEY = 'embed-signing-key-7Hq2Lx9Vb4Tz1Wn6'; // expect: hardcoded-secret

app.use('*', logger());
app.use('*', secureHeaders());

app.use('/api/*', async (c, next) => {
  const allowed = c.env.ALLOWED_ORIGINS.split(',');
  return cors({ origin: allowed, credentials: true })(c, next); // ok: permissive-cors
});

app.use('/widget/*', cors({ origin: (origin) => origin, credentials: true })); // expect: permissive-cors

app.use('/api/private/*', (c, next) => jwt({ secret: c.env.JWT_SECRET, alg: 'HS256' })(c, next)); // ok: hardcoded-secret

app.post('/api/login', async (c) => {
  const { email, password } = await c.req.json<{ email: string; password: string }>();
  const user = await findUserByEmail(c.env.DB, email);
  if (!user || !(await verifyPassword(password, user.passwordHash))) {
    return c.json({ error: 'invalid credentials' }, 401);
  }
  const token = await sign({ sub: user.id, exp: Math.floor(Date.now() / 1000) + 3600 }, c.env.JWT_SECRET);
  setCookie(c, 'auth', token, { httpOnly: true, secure: true, sameSite: 'Strict', path: '/' }); // ok: insecure-cookie
  setCookie(c, 'auth_hint', token.slice(-6), { path: '/' });
  return c.json({ id: user.id });
});

app.get('/widget/embed-token', async (c) => {
  const site = c.req.query('site') ?? 'unknown';
  const token = await sign({ site, exp: Math.floor(Date.now() / 1000) + 600 }, EMBED_SIGNING_KEY);
  setCookie(c, 'embed_session', token, { sameSite: 'None', path: '/widget' }); // expect: insecure-cookie
  return c.json({ token });
});

app.get('/healthz', (c) => c.text('ok'));

export default app;
