// corpus: path=src/analytics/queries.ts
import type { Request, Response } from 'express';
import { Pool } from 'pg';

const pool = new Pool();

type Metric = 'views' | 'signups' | 'purchases';
const METRIC_COLUMNS: Record<Metric, string> = { views: 'view_count', signups: 'signup_count', purchases: 'purchase_count' };

export async function metricSeries(req: Request, res: Response) {
  const metric = (req.query.metric as Metric) ?? 'views';
  const column = METRIC_COLUMNS[metric] ?? METRIC_COLUMNS.views;
  const { rows } = await pool.query(`SELECT day, ${column} AS value FROM daily_metrics WHERE site_id = $1 ORDER BY day`, [ // ok: sql-injection
    req.params.siteId,
  ]);
  res.json(rows);
}

export async function topPages(req: Request, res: Response) {
  const { siteId } = req.params;
  const { from, to } = req.query as { from: string; to: string };
  const { rows } = await pool.query( // expect: sql-injection
    `SELECT path, COUNT(*) AS views FROM page_views
     WHERE site_id = ${siteId} AND viewed_at BETWEEN '${from}' AND '${to}'
     GROUP BY path ORDER BY views DESC LIMIT 20`,
  );
  res.json(rows);
}

export async function referrers({ params, query }: Request, res: Response) {
  const filter = query.q ? `AND referrer ILIKE '%${query.q}%'` : '';
  const sql = 'SELECT referrer, COUNT(*) AS n FROM page_views WHERE site_id = $1 ' + filter + ' GROUP BY 1 ORDER BY 2 DESC';
  const { rows } = await pool.query(sql, [params.siteId]); // expect: sql-injection
  res.json(rows);
}
