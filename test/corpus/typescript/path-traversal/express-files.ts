// corpus: path=src/routes/files.ts
import { Router, type Request, type Response } from 'express';
import { createReadStream } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';

const ROOT = path.resolve(process.env.FILES_ROOT ?? '/srv/files');
export const files = Router();

function resolveInside(root: string, untrusted: string): string | null {
  const full = path.resolve(root, untrusted);
  return full.startsWith(root + path.sep) ? full : null;
}

files.get('/files/:name', ({ params }: Request, res: Response) => {
  res.sendFile(path.join(ROOT, params.name)); // expect: path-traversal
});

files.get('/safe/:name', ({ params }: Request, res: Response) => {
  const full = resolveInside(ROOT, params.name);
  if (!full) return res.sendStatus(404);
  res.sendFile(full); // ok: path-traversal
});

files.get('/text', async (req: Request, res: Response) => {
  const { file } = req.query as { file: string };
  const body = await readFile(path.resolve(ROOT, file), 'utf8'); // expect: path-traversal
  res.type('text/plain').send(body);
});

files.get('/raw/:dir/:name', (req: Request<{ dir: string; name: string }>, res: Response) => {
  const { dir, name } = req.params;
  const location = `${ROOT}/${dir}/${name}`;
  createReadStream(location).pipe(res); // expect: path-traversal
});

files.delete('/files/:name', async (req: Request, res: Response) => {
  const base = path.basename(req.params.name);
  await rm(path.join(ROOT, base), { force: true }); // ok: path-traversal
  res.sendStatus(204);
});

files.get('/download/:id', (req: Request, res: Response) => {
  const id = Number.parseInt(req.params.id, 10);
  if (!Number.isSafeInteger(id)) return res.sendStatus(400);
  res.download(path.join(ROOT, 'exports', `${id}.csv`)); // ok: path-traversal
});
