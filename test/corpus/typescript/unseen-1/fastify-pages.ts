// corpus: path=src/server/pages.ts
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import escapeHtml from 'escape-html';
import jwt, { type JwtPayload } from 'jsonwebtoken';

type SearchQuery = { Querystring: { q?: string; returnUrl?: string } };

export default async function pages(app: FastifyInstance) {
  app.get('/search', async (request: FastifyRequest<SearchQuery>, reply: FastifyReply) => {
    const q = request.query.q ?? '';
    return reply.type('text/html').send(`<h1>Search</h1><p>You searched for ${q}</p>`); // expect: xss
  });

  app.get('/search-safe', async (request: FastifyRequest<SearchQuery>, reply: FastifyReply) => {
    const q = request.query.q ?? '';
    return reply.type('text/html').send(`<h1>Search</h1><p>You searched for ${escapeHtml(q)}</p>`); // ok: xss
  });

  app.get('/search.json', async (request: FastifyRequest<SearchQuery>, reply: FastifyReply) => {
    return reply.send({ q: request.query.q ?? '' }); // ok: xss
  });

  app.get('/login/done', async (request: FastifyRequest<SearchQuery>, reply: FastifyReply) => {
    const target = request.query.returnUrl ?? '/';
    return reply.redirect(target); // expect: open-redirect
  });

  app.get('/login/done-safe', async (request: FastifyRequest<SearchQuery>, reply: FastifyReply) => {
    const target = request.query.returnUrl ?? '/';
    const safe = target.startsWith('/') && !target.startsWith('//') ? target : '/';
    return reply.redirect(safe); // ok: open-redirect
  });

  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers.authorization ?? '';
    const token = header.slice('Bearer '.length);
    const claims = jwt.verify(token, process.env.JWT_PUBLIC_KEY!, { algorithms: ['RS256', 'HS256'] }) as JwtPayload; // expect: jwt-weak
    (request as FastifyRequest & { userId?: string }).userId = String(claims.sub);
  });

  app.get('/admin', async (request: FastifyRequest, reply: FastifyReply) => {
    const token = String(request.headers['x-admin-token'] ?? '');
    const claims = jwt.verify(token, process.env.ADMIN_JWT_SECRET!, { algorithms: ['HS512'], maxAge: '1h' }) as JwtPayload; // ok: jwt-weak
    return { admin: claims.sub };
  });
}
