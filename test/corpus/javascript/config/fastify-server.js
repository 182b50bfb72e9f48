// corpus: path=src/server.mjs
import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';

const app = Fastify({ logger: true });
await app.register(cookie, { secret: process.env.COOKIE_SECRET });
await app.register(cors, { origin: '*', credentials: true }); // expect: permissive-cors

app.get('/health', async () => ({ ok: true }));

app.post('/login', async (req, reply) => {
  const user = await app.users.verify(req.body.email, req.body.password);
  if (!user) return reply.code(401).send({ error: 'invalid credentials' });
  reply.setCookie('session', user.sessionId, { path: '/', httpOnly: true, secure: true, sameSite: 'lax', signed: true });
  reply.setCookie('csrf', user.csrfToken, { path: '/', secure: false, sameSite: 'lax' }); // expect: insecure-cookie
  return { ok: true };
});

await app.listen({ port: 3000, host: '0.0.0.0' });
