// corpus: path=src/plugins/reports.js
'use strict';

const fp = require('fastify-plugin');
const fs = require('node:fs/promises');
const path = require('node:path');
const { spawn } = require('node:child_process');

const REPORT_ROOT = path.resolve(process.env.REPORT_ROOT || './reports');

async function reports(fastify) {
  fastify.get('/reports', async (request) => {
    const { team, limit = 20 } = request.query;
    const sql = 'SELECT id, title, created_at FROM reports WHERE team = $1 LIMIT $2';
    const { rows } = await fastify.pg.query(sql, [team, Math.min(Number(limit) || 20, 100)]); // ok: sql-injection
    return rows;
  });

  fastify.get('/reports/search', async (request) => {
    const { q } = request.query;
    const { rows } = await fastify.pg.query("SELECT id, title FROM reports WHERE title LIKE '%" + q + "%'"); // expect: sql-injection
    return rows;
  });

  fastify.get('/reports/:name/raw', async (request, reply) => {
    const target = path.join(REPORT_ROOT, request.params.name);
    const body = await fs.readFile(target, 'utf8'); // expect: path-traversal
    return reply.type('text/plain').send(body);
  });

  fastify.get('/reports/:name/safe', async (request, reply) => {
    const target = path.resolve(REPORT_ROOT, request.params.name);
    if (!target.startsWith(REPORT_ROOT + path.sep)) return reply.code(400).send({ error: 'bad path' });
    return reply.type('text/plain').send(await fs.readFile(target, 'utf8')); // ok: path-traversal
  });

  fastify.get('/reports/:id/title', async (request, reply) => {
    const { title } = request.query;
    reply.type('text/html').send(`<title>${title}</title><h1>${title}</h1>`); // expect: xss
  });

  fastify.post('/reports/:id/pdf', async (request, reply) => {
    const { paper = 'A4' } = request.body;
    const child = spawn('wkhtmltopdf', ['--page-size', paper, `http://localhost:3000/reports/${request.params.id}`, '-']); // ok: command-injection
    reply.type('application/pdf');
    return reply.send(child.stdout);
  });
}

module.exports = fp(reports, { name: 'reports', dependencies: ['@fastify/postgres'] });
