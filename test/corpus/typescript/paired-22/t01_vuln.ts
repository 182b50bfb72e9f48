// corpus: path=src/routes/reports.ts
import { Router, type Request, type Response } from 'express'
import { pool } from '../db'

export const reports = Router()

reports.get('/reports', async (req: Request, res: Response) => {
  const sort = String(req.query.sort ?? 'created_at')
  const dir = req.query.dir === 'asc' ? 'ASC' : 'DESC'
  const { rows } = await pool.query(`SELECT id, title, created_at FROM reports ORDER BY ${sort} ${dir} LIMIT 50`) // expect: sql-injection
  res.json(rows)
})
