// corpus: path=src/legacy/admin-tools.ts
import type { Request, Response } from 'express';
import { execSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import mysql from 'mysql';
import serialize from 'node-serialize';

const conn = mysql.createConnection({ host: 'db', user: 'admin', password: process.env.MYSQL_PASSWORD, database: 'legacy' });
const TEMPLATES = path.join(__dirname, 'templates');

export function findAccount(req: Request, res: Response) {
  const username = req.query.username as string;
  conn.query(`SELECT id, username, email FROM accounts WHERE username = '${username}'`, (err, rows) => { // expect: sql-injection
    if (err) return res.status(500).end();
    res.json(rows);
  });
}

export function findAccountSafe(req: Request, res: Response) {
  conn.query('SELECT id, username, email FROM accounts WHERE username = ?', [req.query.username], (err, rows) => { // ok: sql-injection
    if (err) return res.status(500).end();
    res.json(rows);
  });
}

export function resetPassword(req: Request, res: Response) {
  const { accountId, newPassword } = req.body as { accountId: number; newPassword: string };
  const hashed = createHash('md5').update(newPassword).digest('hex'); // expect: weak-hash
  conn.query('UPDATE accounts SET password = ? WHERE id = ?', [hashed, accountId], () => res.sendStatus(204));
}

export function issueApiToken(_req: Request, res: Response) {
  res.json({ token: randomBytes(24).toString('hex') }); // ok: insecure-random
}

export function template(req: Request, res: Response) {
  const name = req.params.template;
  const html = readFileSync(path.join(TEMPLATES, name + '.html'), 'utf8'); // expect: path-traversal
  res.send(html);
}

export function saveTemplate(req: Request, res: Response) {
  const name = path.basename(req.params.template);
  writeFileSync(path.join(TEMPLATES, `${name}.html`), String(req.body.html)); // ok: path-traversal
  res.sendStatus(204);
}

export function diskReport(req: Request, res: Response) {
  const mount = req.query.mount as string;
  const out = execSync('df -h ' + mount).toString(); // expect: command-injection
  res.type('text/plain').send(out);
}

export function restoreFilters(req: Request, res: Response) {
  const filters = serialize.unserialize(req.cookies.filters); // expect: unsafe-deserialization
  res.json(filters);
}

export function banner(req: Request, res: Response) {
  res.send(`<div class="banner">${req.query.text}</div>`); // expect: xss
}

export function leave(req: Request, res: Response) {
  res.redirect(String(req.query.to)); // expect: open-redirect
}
