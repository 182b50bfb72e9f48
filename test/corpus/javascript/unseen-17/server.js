// corpus: path=src/server.js
import Fastify from 'fastify';
import cors from '@fastify/cors';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import { request } from 'undici';
import got from 'got';
import { buildRoutes } from './routes/index.js';

const isProd = process.env.NODE_ENV === 'production';

const app = Fastify({ logger: { level: isProd ? 'info' : 'debug' }, trustProxy: true });

await app.register(helmet);
await app.register(cors, { origin: true, credentials: true }); // expect: permissive-cors
await app.register(cookie, { secret: process.env.COOKIE_SECRET });

app.post('/login', async (req, reply) => {
  const session = await app.sessions.create(req.body);
  reply.setCookie('sid', session.id, { path: '/', httpOnly: true, secure: isProd, sameSite: 'lax', signed: true });
  return { ok: true };
});

app.post('/remember', async (req, reply) => {
  const token = await app.sessions.rememberToken(req.user);
  reply.setCookie('remember', token, { path: '/', maxAge: 2592000 }); // expect: insecure-cookie
  return { ok: true };
});

app.get('/rates', async () => {
  const { body } = await request('http://rates.partner-fx.com/v2/latest', { // expect: cleartext-http
    headers: { authorization: `Bearer ${process.env.FX_API_KEY}` },
  });
  return body.json();
});

app.get('/health/upstream', async () => {
  const res = await got('http://localhost:9000/health', { timeout: { request: 1000 } }).json(); // ok: cleartext-http
  return { upstream: res.status };
});

app.post('/hooks/test', async (req) => {
  const { statusCode } = await request(req.body.url, { method: 'POST', body: '{"ping":true}' }); // expect: ssrf
  return { statusCode };
});

app.get('/fetch-logo', async (req, reply) => {
  const domain = String(req.query.domain || '').toLowerCase();
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain)) return reply.code(400).send({ error: 'bad domain' });
  const img = await got(`https://logo.clearbit.com/${domain}`).buffer(); // ok: ssrf
  return reply.type('image/png').send(img);
});

app.setErrorHandler((err, req, reply) => {
  req.log.error(err);
  reply.code(err.statusCode || 500).send({ error: err.message, stack: err.stack }); // expect: debug-mode
});

buildRoutes(app);

await app.listen({ port: Number(process.env.PORT) || 3000, host: '0.0.0.0' });
