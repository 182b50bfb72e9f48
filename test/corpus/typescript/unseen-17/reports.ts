// corpus: path=src/routes/reports.ts
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { request } from 'undici';
import { config } from '../config';

type ReportQuery = { from: string; to: string; format?: 'csv' | 'json'; groupBy?: string; region?: string };

const GROUPS: Record<string, string> = { day: 'day', week: "date_trunc('week', day)", month: "date_trunc('month', day)" };

export default async function reportRoutes(app: FastifyInstance) {
  app.get('/reports/sales', async (req: FastifyRequest<{ Querystring: ReportQuery }>, reply) => {
    const { from, to } = req.query;
    const group = GROUPS[req.query.groupBy ?? 'day'] ?? 'day';
    const rows = await app.pg.query(
      `select ${group} as bucket, sum(total) as total from orders where day between $1 and $2 group by 1 order by 1`, // ok: sql-injection
      [from, to],
    );
    const body = JSON.stringify(rows.rows);
    reply.header('etag', createHash('md5').update(body).digest('hex')); // ok: weak-hash
    return rows.rows;
  });

  app.get('/reports/regions', async (req: FastifyRequest<{ Querystring: ReportQuery }>) => {
    const region = req.query.region ?? 'eu';
    const rows = await app.pg.query(`select * from region_totals where region = '${region}'`); // expect: sql-injection
    return rows.rows;
  });

  app.post('/reports/export', async (req: FastifyRequest<{ Body: { reportId: string; exporter?: string } }>, reply) => {
    const target = `${req.body.exporter ?? config.exporterUrl}/jobs`; // expect: ssrf
    const { statusCode, body } = await request(target, { // also: ssrf
      method: 'POST',
      body: JSON.stringify({ reportId: req.body.reportId }),
      headers: { 'content-type': 'application/json' },
    });
    reply.code(statusCode);
    return body.json();
  });
}
