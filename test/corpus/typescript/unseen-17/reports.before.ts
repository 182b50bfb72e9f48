import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { request } from 'undici';
import { config } from '../config';

type ReportQuery = { from: string; to: string; format?: 'csv' | 'json' };

export default async function reportRoutes(app: FastifyInstance) {
  app.get('/reports/sales', async (req: FastifyRequest<{ Querystring: ReportQuery }>, reply) => {
    const { from, to } = req.query;
    const rows = await app.pg.query(
      'select day, sum(total) as total from orders where day between $1 and $2 group by day order by day',
      [from, to],
    );
    const body = JSON.stringify(rows.rows);
    reply.header('etag', createHash('sha256').update(body).digest('hex'));
    return rows.rows;
  });

  app.post('/reports/export', async (req: FastifyRequest<{ Body: { reportId: string } }>, reply) => {
    const target = `${config.exporterUrl}/jobs`;
    const { statusCode, body } = await request(target, {
      method: 'POST',
      body: JSON.stringify({ reportId: req.body.reportId }),
      headers: { 'content-type': 'application/json' },
    });
    reply.code(statusCode);
    return body.json();
  });
}
