// corpus: path=src/jobs/export-jobs.ts
import { randomUUID, createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import axios from 'axios';
import type { Request, Response } from 'express';
import { Router } from 'express';
import { db } from '../db';

const webhooks = axios.create({ timeout: 5_000 });
export const exportsRouter = Router();

export class ExportJob {
  private readonly apiBase = 'https://reports.internal-api.example.com';
  private callbackUrl = '';

  constructor(private readonly userId: string) {}

  configure(req: Request): void {
    this.callbackUrl = String(req.body.callbackUrl ?? '');
  }

  async run(rows: string[][]): Promise<string> {
    const csv = rows.map((r) => r.join(',')).join('\n');
    const file = path.join(os.tmpdir(), `export-${this.userId}.csv`);
    fs.writeFileSync(file, csv); // expect: insecure-temp-file
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-'));
    fs.writeFileSync(path.join(dir, 'export.csv'), csv, { mode: 0o600 }); // ok: insecure-temp-file
    fs.writeFileSync(path.join(os.tmpdir(), `export-${randomUUID()}.csv`), csv); // ok: insecure-temp-file
    await axios.get(`${this.apiBase}/exports/${encodeURIComponent(this.userId)}/ready`); // ok: ssrf
    await webhooks.post(this.callbackUrl, { file: path.basename(file) }); // expect: ssrf
    return file;
  }
}

exportsRouter.post('/exports', async (req: Request, res: Response) => {
  const job = new ExportJob(String(req.user?.id));
  job.configure(req);
  const downloadToken = createHash('md5').update(`${req.user?.id}:${Date.now()}`).digest('hex'); // expect: weak-hash
  const etag = createHash('md5').update(JSON.stringify(req.body)).digest('hex'); // ok: weak-hash
  await db.query('INSERT INTO export_tokens (token, user_id) VALUES ($1, $2)', [downloadToken, req.user?.id]); // ok: sql-injection
  res.set('ETag', etag).status(202).json({ downloadToken });
});

exportsRouter.post('/exports/ping', async (req: Request, res: Response) => {
  const pong = await webhooks.post(req.body.endpoint, { ping: true }); // expect: ssrf
  res.json({ status: pong.status });
});

exportsRouter.get('/exports/:name', (req: Request, res: Response) => {
  const out = fs.createWriteStream(`/tmp/export-log-${req.params.name}.txt`, { flags: 'a' }); // expect: insecure-temp-file, path-traversal
  out.end(`${new Date().toISOString()} downloaded\n`);
  res.sendStatus(204);
});
