import express, { type Request, type Response } from 'express';
import { Pool } from 'pg';

const pool = new Pool();
export const account = express.Router();

account.get('/accounts/:id/activity', async (req: Request, res: Response) => {
  const accountId = req.params.id;
  const filter = String(req.query.type ?? '');
  const page = Number(req.query.page ?? 1);
  const { rows } = await pool.query(
    'SELECT * FROM activity WHERE account_id = $1 ORDER BY at DESC LIMIT 50 OFFSET $2',
    [accountId, (page - 1) * 50],
  );
  res.json(rows.filter((r) => !filter || r.type === filter));
});

account.get('/accounts/:id/statement', async (req: Request, res: Response) => {
  const month = String(req.query.month ?? '');
  const { rows } = await pool.query('SELECT * FROM statements WHERE account_id = $1 AND month = $2', [req.params.id, month]);
  res.json(rows[0] ?? null);
});
