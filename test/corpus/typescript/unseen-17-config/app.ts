// corpus: path=src/index.ts
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { secureHeaders } from 'hono/secure-headers';
import { createSession, destroySession, verifyLogin } from './auth';

type Bindings = { DB: D1Database; SESSION_TTL: string; UPSTREAM_API_KEY: string };

const app = new Hono<{ Bindings: Bindings }>();
const SESSION_COOKIE = '__Host-session';
const UPSTREAM = 'http://catalog-api.shopline.io/v1'; // expect: cleartext-http

app.use('*', secureHeaders());
app.use('/widgets/*', cors({ origin: '*', allowMethods: ['GET'] })); // ok: permissive-cors
app.use('/api/*', cors({ origin: ['https://admin.shopline.example.com'], credentials: true })); // ok: permissive-cors

app.post('/login', async (c) => {
  const { email, password } = await c.req.json<{ email: string; password: string }>();
  const user = await verifyLogin(c.env.DB, email, password);
  if (!user) return c.json({ error: 'invalid credentials' }, 401);
  const sessionId = await createSession(c.env.DB, user.id, Number(c.env.SESSION_TTL));
  setCookie(c, SESSION_COOKIE, sessionId, { path: '/', secure: true, httpOnly: true, sameSite: 'Lax' }); // ok: insecure-cookie
  setCookie(c, 'last_login_email', email, { path: '/login', maxAge: 2592000 }); // ok: insecure-cookie
  return c.json({ id: user.id });
});

app.post('/impersonate/:id', async (c) => {
  const token = await createSession(c.env.DB, c.req.param('id'), 900);
  setCookie(c, 'impersonation_token', token, { path: '/', httpOnly: false, sameSite: 'Lax' }); // expect: insecure-cookie
  return c.body(null, 204);
});

app.post('/logout', async (c) => {
  const sid = getCookie(c, SESSION_COOKIE);
  if (sid) await destroySession(c.env.DB, sid);
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: true });
  return c.body(null, 204);
});

app.get('/catalog/:sku', async (c) => {
  const res = await fetch(`${UPSTREAM}/items/${encodeURIComponent(c.req.param('sku'))}`, {
    headers: { 'x-api-key': c.env.UPSTREAM_API_KEY },
  });
  return c.json(await res.json(), res.ok ? 200 : 502);
});

export default app;
