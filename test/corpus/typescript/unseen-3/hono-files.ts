// corpus: path=src/files.ts
import { Hono } from 'hono';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { exec } from 'node:child_process';

const app = new Hono();
const ROOT = '/srv/static';

app.get('/static/*', async (c) => {
  const rel = c.req.path.replace('/static/', '');
  const body = await readFile(join(ROOT, rel)); // expect: path-traversal
  return c.body(body);
});

app.get('/safe-static/*', async (c) => {
  const rel = normalize(c.req.path.replace('/safe-static/', '')).replace(/^(\.\.[/\\])+/, '');
  const full = join(ROOT, rel);
  if (!full.startsWith(ROOT + '/')) return c.text('bad path', 400);
  return c.body(await readFile(full)); // ok: path-traversal
});

app.post('/thumbnail', async (c) => {
  const { file, width } = await c.req.json<{ file: string; width: number }>();
  exec(`convert ${ROOT}/${file} -resize ${width} /tmp/thumb.png`, () => {}); // expect: command-injection
  return c.json({ ok: true });
});

app.get('/fetch-logo', async (c) => {
  const domain = c.req.query('domain') ?? '';
  const res = await fetch(`https://${domain}/favicon.ico`); // expect: ssrf
  return c.body(await res.arrayBuffer());
});

app.get('/fetch-logo-safe', async (c) => {
  const domain = c.req.query('domain') ?? '';
  const res = await fetch(`https://icons.example-cdn.com/${encodeURIComponent(domain)}.ico`); // ok: ssrf
  return c.body(await res.arrayBuffer());
});

export default app;
