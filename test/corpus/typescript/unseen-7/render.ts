// corpus: path=src/plugins/render.ts
import type { FastifyInstance, FastifyRequest } from 'fastify';
import pug from 'pug';
import Handlebars from 'handlebars';
import nunjucks from 'nunjucks';

interface PreviewBody { layout: string; subject: string; body: string; locale?: string }

const env = new nunjucks.Environment(new nunjucks.FileSystemLoader('templates'), { autoescape: true });
const LAYOUTS: Record<string, string> = { plain: 'emails/plain.njk', branded: 'emails/branded.njk' };

export default async function renderRoutes(app: FastifyInstance) {
  app.post('/emails/preview', async (request: FastifyRequest<{ Body: PreviewBody }>, reply) => {
    const { layout, subject, body } = request.body;
    const html = env.renderString(layout, { subject, body }); // expect: template-injection
    return reply.type('text/html').send(html);
  });

  app.post('/emails/preview-named', async (request: FastifyRequest<{ Body: PreviewBody }>, reply) => {
    const { layout, subject, body } = request.body;
    const file = LAYOUTS[layout] ?? LAYOUTS.plain;
    const html = env.render(file, { subject, body }); // ok: template-injection
    return reply.type('text/html').send(html);
  });

  app.post('/snippets/pug', async (request: FastifyRequest<{ Body: { source: string } }>) => {
    const fn = pug.compile(request.body.source, { pretty: false }); // expect: template-injection
    return { html: fn({ user: request.user }) };
  });

  app.post('/snippets/greeting', async (request: FastifyRequest<{ Body: { name: string } }>) => {
    const fn = pug.compile('p Hello #{name}'); // ok: template-injection
    return { html: fn({ name: request.body.name }) };
  });

  app.post('/cards', async (request: FastifyRequest<{ Body: { cardTemplate: string; data: Record<string, string> } }>) => {
    const card = Handlebars.compile(request.body.cardTemplate); // expect: template-injection
    return { html: card(request.body.data) };
  });

  app.get('/cards/:id', async (request: FastifyRequest<{ Params: { id: string } }>, reply) => {
    const card = Handlebars.compile('<div class="card">{{title}}</div>'); // ok: template-injection
    return reply.type('text/html').send(card({ title: request.params.id }));
  });

  app.get('/echo', async (request: FastifyRequest<{ Querystring: { msg: string } }>, reply) => {
    return reply.type('text/html').send(`<div>${request.query.msg}</div>`); // expect: xss
  });

  app.get('/echo-json', async (request: FastifyRequest<{ Querystring: { msg: string } }>, reply) => {
    return reply.send({ msg: request.query.msg }); // ok: xss
  });
}
