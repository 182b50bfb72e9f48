import { Hono } from 'hono';
import { readFile, writeFile } from 'node:fs/promises';
import { join, basename } from 'node:path';
import { spawn } from 'node:child_process';

const UPLOADS = '/srv/app/uploads';
const FORMATS = ['pdf', 'png', 'webp'] as const;

export const files = new Hono();

files.get('/download', async (c) => {
  const name = c.req.query('name') ?? '';
  const mime = c.req.query('type') ?? 'application/octet-stream';
  c.header('Content-Type', mime);
  const data = await readFile(join(UPLOADS, name)); // expect: path-traversal
  return c.body(data);
});

files.get('/download/safe', async (c) => {
  const data = await readFile(join(UPLOADS, basename(c.req.query('name') ?? ''))); // ok: path-traversal
  return c.body(data);
});

files.post('/upload', async (c) => {
  const form = await c.req.parseBody();
  const file = form['file'] as File;
  const folder = String(form['folder'] ?? 'misc');
  await writeFile(join(UPLOADS, folder, file.name), Buffer.from(await file.arrayBuffer())); // expect: path-traversal
  return c.json({ ok: true });
});

files.post('/convert/:id', async (c) => {
  const { format } = await c.req.json<{ format: string }>();
  const id = c.req.param('id');
  const child = spawn('sh', ['-c', `convert ${UPLOADS}/${id} out.${format}`]); // expect: command-injection
  return c.json({ id, format, pid: child.pid });
});

files.post('/convert/v2/:id', async (c) => {
  const { format } = await c.req.json<{ format: string }>();
  if (!(FORMATS as readonly string[]).includes(format)) return c.json({ error: 'format' }, 400);
  const child = spawn('convert', [join(UPLOADS, basename(c.req.param('id'))), `out.${format}`]); // ok: command-injection
  return c.json({ pid: child.pid });
});
