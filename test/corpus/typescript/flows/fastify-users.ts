// corpus: path=src/routes/users.ts
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import argon2 from 'argon2';

type SignupBody = { email: string; password: string };

export default async function users(app: FastifyInstance) {
  app.post('/signup', async (request: FastifyRequest<{ Body: SignupBody }>) => {
    const { email, password } = request.body;
    const passwordHash = createHash('sha1').update(password).digest('hex'); // expect: weak-hash
    await app.pg.query('INSERT INTO users (email, password_hash) VALUES ($1, $2)', [email, passwordHash]); // ok: sql-injection
    return { ok: true };
  });

  app.post('/signup-v2', async (request: FastifyRequest<{ Body: SignupBody }>) => {
    const { email, password } = request.body;
    const passwordHash = await argon2.hash(password); // ok: weak-hash
    await app.pg.query('INSERT INTO users (email, password_hash) VALUES ($1, $2)', [email, passwordHash]);
    return { ok: true };
  });

  app.get('/users/:id/avatar', async (request: FastifyRequest<{ Params: { id: string } }>) => {
    const digest = createHash('md5').update(request.params.id).digest('hex'); // ok: weak-hash
    return { url: `https://www.gravatar.com/avatar/${digest}` };
  });

  app.get('/users', async (request: FastifyRequest<{ Querystring: { order?: string } }>) => {
    const order = request.query.order ?? 'id';
    const { rows } = await app.pg.query(`SELECT id, email FROM users ORDER BY ${order}`); // expect: sql-injection
    return rows;
  });
}
