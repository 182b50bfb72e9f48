// corpus: path=src/uploads.ts
import { Hono } from 'hono';
import { writeFile, readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import path from 'node:path';

const UPLOADS = '/var/uploads';
export const uploads = new Hono();

uploads.post('/upload', async (c) => {
  const form = await c.req.formData();
  const file = form.get('file');
  if (!(file instanceof File)) return c.json({ error: 'file is required' }, 400);
  const id = randomUUID();
  await writeFile(path.join(UPLOADS, id), Buffer.from(await file.arrayBuffer()));
  return c.json({ id }, 201);
});

uploads.post('/upload-named', async (c) => {
  const form = await c.req.formData();
  const file = form.get('file');
  if (!(file instanceof File)) return c.json({ error: 'file is required' }, 400);
  const target = path.join(UPLOADS, file.name);
  await writeFile(target, Buffer.from(await file.arrayBuffer())); // expect: path-traversal
  return c.json({ name: file.name }, 201);
});

uploads.get('/upload/:id', async (c) => {
  const id = c.req.param('id');
  if (!/^[0-9a-f-]{36}$/.test(id)) return c.json({ error: 'bad id' }, 400);
  const data = await readFile(path.join(UPLOADS, id)); // ok: path-traversal
  return c.body(data);
});
