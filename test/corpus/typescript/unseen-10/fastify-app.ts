// corpus: path=src/app.ts
import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import fastifyCors from '@fastify/cors';
import { createHash, randomBytes } from 'node:crypto';

const app = Fastify({ logger: true });

app.register(fastifyCookie);
app.register(fastifySession, {
  secret: process.env.SESSION_SECRET!,
  cookie: { secure: false, maxAge: 86_400_000 }, // expect: insecure-cookie
});
app.register(fastifyCors, { origin: process.env.WEB_ORIGIN, credentials: true }); // ok: permissive-cors

app.post('/api-tokens', async (req) => {
  const token = randomBytes(32).toString('hex'); // ok: insecure-random
  const digest = createHash('sha1').update(token).digest('hex'); // expect: weak-hash
  await req.server.db.tokens.insert({ userId: req.session.userId, digest });
  return { token };
});

app.get('/avatar/:email', async (req, reply) => {
  const { email } = req.params as { email: string };
  const hash = createHash('md5').update(email.trim().toLowerCase()).digest('hex'); // ok: weak-hash
  return reply.redirect(`https://www.gravatar.com/avatar/${hash}`);
});

app.setErrorHandler((error, req, reply) => {
  req.log.error(error);
  reply.status(500).send({ error: 'Internal Server Error', detail: error.stack }); // expect: debug-mode
});

export default app;
