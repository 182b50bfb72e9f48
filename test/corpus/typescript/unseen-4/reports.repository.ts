// corpus: path=src/reports/reports.repository.ts
import type { Request, Response } from 'express';
import { Sequelize, QueryTypes } from 'sequelize';
import postgres from 'postgres';
import { PrismaClient, Prisma } from '@prisma/client';
import escapeHtml from 'escape-html';

const sequelize = new Sequelize(process.env.DATABASE_URL!);
const sql = postgres(process.env.DATABASE_URL!);
const prisma = new PrismaClient();
const SORT_COLUMNS: Record<string, string> = { date: 'created_at', amount: 'amount_cents', customer: 'customer_name' };

export async function byIds(req: Request, res: Response) {
  const ids = String(req.query.ids ?? '').split(',').map(Number).filter(Number.isInteger);
  const placeholders = ids.map(() => '?').join(', ');
  const rows = await sequelize.query(`SELECT * FROM reports WHERE id IN (${placeholders})`, { replacements: ids, type: QueryTypes.SELECT }); // ok: sql-injection
  res.json(rows);
}

export async function byOwner(req: Request, res: Response) {
  const rows = await sequelize.query(`SELECT * FROM reports WHERE owner = '${req.query.owner}'`, { type: QueryTypes.SELECT }); // expect: sql-injection
  res.json(rows);
}

export async function byOwnerSafe(req: Request, res: Response) {
  const rows = await sequelize.query('SELECT * FROM reports WHERE owner = :owner', { replacements: { owner: req.query.owner }, type: QueryTypes.SELECT }); // ok: sql-injection
  res.json(rows);
}

export async function sorted(req: Request, res: Response) {
  const column = SORT_COLUMNS[String(req.query.sort)] ?? 'created_at';
  const rows = await sql.unsafe(`SELECT * FROM reports ORDER BY ${column} DESC LIMIT 100`); // ok: sql-injection
  res.json(rows);
}

export async function search(req: Request, res: Response) {
  const term = String(req.query.q ?? '');
  const rows = await sql`SELECT * FROM reports WHERE title ILIKE ${'%' + term + '%'}`; // ok: sql-injection
  const legacy = await sql.unsafe(`SELECT * FROM reports_archive WHERE title ILIKE '%${term}%'`); // expect: sql-injection
  res.json([...rows, ...legacy]);
}

export async function totals(req: Request, res: Response) {
  const year = Number(req.query.year);
  const rows = await prisma.$queryRaw(Prisma.sql`SELECT SUM(amount_cents) FROM reports WHERE year = ${year}`); // ok: sql-injection
  const grouped = await prisma.$queryRawUnsafe(`SELECT ${req.query.groupBy}, SUM(amount_cents) FROM reports GROUP BY 1`); // expect: sql-injection
  res.json({ rows, grouped });
}

export async function titlePage(req: Request, res: Response) {
  const title = String(req.query.title ?? 'Reports');
  res.send(`<h1>${escapeHtml(title)}</h1>`); // ok: xss
}

export async function titlePageRaw(req: Request, res: Response) {
  res.send(`<h1>${req.query.title}</h1><p>Generated ${new Date().toISOString()}</p>`); // expect: xss
}

export async function deleted(req: Request, res: Response) {
  await sequelize.query('DELETE FROM reports WHERE id = ?', { replacements: [req.params.id] });
  res.type('text/plain').send(`Deleted report ${req.params.id}`); // ok: xss
}

export async function summary(req: Request, res: Response) {
  res.json({ message: `Summary for ${req.query.owner}` }); // ok: xss
}
