// corpus: path=src/routes/orders.ts
import type { Request, Response, NextFunction } from 'express';
import { Router } from 'express';
import { pool } from '../db';
import { logger } from '../logger';

export const orders = Router();

interface OrderFilters {
  status?: string;
  customer?: string;
  from?: string;
  to?: string;
}

function readFilters(req: Request): OrderFilters {
  const { status, customer, from, to } = req.query as Record<string, string | undefined>;
  return { status, customer, from, to };
}

orders.get('/orders', async (req: Request, res: Response, next: NextFunction) => {
  try {
    const filters = readFilters(req);
    const clauses: string[] = [];
    const values: unknown[] = [];
    if (filters.status) {
      values.push(filters.status);
      clauses.push(`status = $${values.length}`);
    }
    if (filters.customer) {
      values.push(filters.customer);
      clauses.push(`customer_id = $${values.length}`);
    }
    if (filters.from) {
      clauses.push(`created_at >= '${filters.from}'`); // expect: sql-injection
    }
    if (filters.to) {
      values.push(filters.to);
      clauses.push(`created_at < $${values.length}`);
    }
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const { rows } = await pool.query(`SELECT * FROM orders ${where} ORDER BY created_at DESC LIMIT 100`, values); // also: sql-injection
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

orders.get('/orders/:id', async (req: Request, res: Response, next: NextFunction) => {
  try {
    const { rows } = await pool.query('SELECT * FROM orders WHERE id = $1', [req.params.id]);
    if (!rows[0]) return res.status(404).json({ error: 'not_found' });
    res.json(rows[0]);
  } catch (err) {
    next(err);
  }
});

orders.get('/orders/:id/receipt', async (req: Request, res: Response, next: NextFunction) => {
  try {
    const { rows } = await pool.query('SELECT * FROM orders WHERE id = $1', [req.params.id]);
    if (!rows[0]) return res.status(404).json({ error: 'not_found' });
    const note = req.query.note ?? '';
    res.type('html').send(`<h1>Receipt ${rows[0].number}</h1><p>${note}</p>`); // expect: xss
  } catch (err) {
    logger.error({ err }, 'receipt failed');
    next(err);
  }
});
