import { Hono } from 'hono';
import { readFile, writeFile } from 'node:fs/promises';
import { join, basename } from 'node:path';
import { spawn } from 'node:child_process';

const UPLOADS = '/srv/app/uploads';

export const files = new Hono();

files.get('/download', async (c) => {
  const name = c.req.query('name') ?? '';
  const mime = c.req.query('type') ?? 'application/octet-stream';
  c.header('Content-Type', mime);
  return c.body(null, 204);
});

files.post('/upload', async (c) => {
  const form = await c.req.parseBody();
  const file = form['file'] as File;
  const folder = String(form['folder'] ?? 'misc');
  await writeFile(join(UPLOADS, basename(file.name)), Buffer.from(await file.arrayBuffer()));
  return c.json({ ok: true });
});

files.post('/convert/:id', async (c) => {
  const { format } = await c.req.json<{ format: string }>();
  const id = c.req.param('id');
  return c.json({ id, format });
});
