// corpus: path=src/routes/downloads.ts
import { Router, type Request, type Response } from 'express';
import path from 'node:path';
import { promises as fsp, createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';

const router = Router();
const REPORTS_DIR = path.resolve(process.env.REPORTS_DIR ?? '/srv/reports');

type FileParams = { name: string };

router.get('/reports/:name', async (req: Request<FileParams>, res: Response) => {
  const file = path.join(REPORTS_DIR, req.params.name);
  const data = await readFile(file); // expect: path-traversal
  res.type('application/pdf').send(data);
});

router.get('/reports-safe/:name', async (req: Request<FileParams>, res: Response) => {
  const file = path.resolve(REPORTS_DIR, req.params.name);
  if (!file.startsWith(REPORTS_DIR + path.sep)) return res.status(400).end();
  const data = await readFile(file); // ok: path-traversal
  res.type('application/pdf').send(data);
});

router.get('/reports-base/:name', async (req: Request<FileParams>, res: Response) => {
  const data = await readFile(path.join(REPORTS_DIR, path.basename(req.params.name))); // ok: path-traversal
  res.send(data);
});

router.get('/logs', (req: Request<{}, {}, {}, { file: string }>, res: Response) => {
  const { file } = req.query;
  createReadStream(`/var/log/app/${file}`).pipe(res); // expect: path-traversal
});

router.delete('/uploads/:id', async (req: Request<{ id: string }>, res: Response) => {
  await fsp.unlink(path.join('/srv/uploads', req.params.id)); // expect: path-traversal
  res.status(204).end();
});

router.get('/avatars/:user', (req: Request<{ user: string }>, res: Response) => {
  res.sendFile(`${req.params.user}.png`, { root: '/srv/avatars' }); // ok: path-traversal
});

router.get('/attachments', (req: Request, res: Response) => {
  const name = String(req.query.name);
  res.download(path.join('/srv/attachments', name)); // expect: path-traversal
});

export default router;
