import { Hono } from 'hono';
import { writeFile } from 'node:fs/promises';
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
