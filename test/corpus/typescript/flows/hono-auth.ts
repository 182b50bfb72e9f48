// corpus: path=src/auth/routes.ts
import { Hono } from 'hono';
import { sign, verify } from 'hono/jwt';
import { jwt } from 'hono/jwt';
import { getCookie, setCookie } from 'hono/cookie';
import { cors } from 'hono/cors';

type Env = { Bindings: { JWT_SECRET: string; DB: D1Database } };

export const auth = new Hono<Env>();

auth.use('/api/*', cors({ origin: (origin) => origin, credentials: true })); // expect: permissive-cors
auth.use('/public/*', cors({ origin: ['https://www.example.com'] })); // ok: permissive-cors
auth.use('/api/admin/*', jwt({ secret: 'admin-jwt-secret-do-not-share' })); // expect: hardcoded-secret
auth.use('/api/me/*', (c, next) => jwt({ secret: c.env.JWT_SECRET })(c, next)); // ok: hardcoded-secret

auth.post('/login', async (c) => {
  const { email } = await c.req.json<{ email: string; password: string }>();
  const token = await sign({ sub: email, exp: Math.floor(Date.now() / 1000) + 3600 }, c.env.JWT_SECRET); // ok: hardcoded-secret
  setCookie(c, 'token', token, { httpOnly: true, secure: true, sameSite: 'Lax', path: '/' }); // ok: insecure-cookie
  return c.json({ ok: true });
});

auth.post('/login-legacy', async (c) => {
  const { email } = await c.req.json<{ email: string }>();
  const token = await sign({ sub: email }, 'legacy-signing-key-9f8e7d6c'); // expect: hardcoded-secret
  setCookie(c, 'token', token, { path: '/' }); // expect: insecure-cookie
  return c.json({ ok: true });
});

auth.get('/whoami', async (c) => {
  const token = getCookie(c, 'token') ?? '';
  const payload = await verify(token, c.env.JWT_SECRET); // ok: jwt-weak
  return c.json({ sub: payload.sub });
});

auth.get('/logout', (c) => {
  const back = c.req.query('back') ?? '/';
  setCookie(c, 'token', '', { maxAge: 0, path: '/' }); // ok: insecure-cookie
  return c.redirect(back); // expect: open-redirect
});
