// corpus: path=src/server/files.ts
import express, { type Request, type Response, type NextFunction } from 'express';
import * as cp from 'node:child_process';
import { execFile as runFile } from 'node:child_process';
import { execa } from 'execa';
import shell from 'shelljs';
import fs from 'node:fs';
import path from 'node:path';

const router = express.Router();
const UPLOADS = path.resolve('uploads');

router.get('/files/:name', ({ params }: Request, res: Response) => {
  const target = path.join(UPLOADS, params.name);
  res.sendFile(target); // expect: path-traversal
});

router.get('/thumbs/:name', (req: Request<{ name: string }>, res: Response) => {
  res.sendFile(req.params.name, { root: UPLOADS }); // ok: path-traversal
});

router.get('/raw', (req: Request<unknown, unknown, unknown, { file: string }>, res: Response, next: NextFunction) => {
  const { file } = req.query;
  fs.readFile(path.resolve(UPLOADS, file), 'utf8', (err, text) => { // expect: path-traversal
    if (err) return next(err);
    res.type('text/plain').send(text);
  });
});

router.get('/raw-checked', (req: Request, res: Response) => {
  const full = path.resolve(UPLOADS, String(req.query.file));
  if (!full.startsWith(UPLOADS + path.sep)) return res.sendStatus(400);
  return res.sendFile(full); // ok: path-traversal
});

router.post('/convert', async (req: Request, res: Response) => {
  const { input, width } = req.body as { input: string; width: number };
  cp.execSync(`convert ${input} -resize ${width} out.png`); // expect: command-injection
  await runFile('convert', [input, '-resize', String(width), 'out.png']); // ok: command-injection
  res.sendStatus(204);
});

router.post('/lint', async (req: Request, res: Response) => {
  const rule = req.body.rule as string;
  const { stdout } = await execa('eslint', ['--rule', rule, 'src']); // ok: command-injection
  const other = await execa(`eslint --rule ${rule} src`, { shell: true }); // expect: command-injection
  res.json({ stdout, other: other.stdout });
});

router.post('/grep', (req: Request, res: Response) => {
  const pattern: string = req.body.pattern;
  const out = shell.exec(`grep -rn "${pattern}" logs/`, { silent: true }); // expect: command-injection
  res.type('text/plain').send(out.stdout);
});

router.get('/hello', (req: Request, res: Response) => {
  const name = req.query.name as string;
  res.send('<p>Hello, ' + name + '</p>'); // expect: xss
});

router.get('/hello.txt', (req: Request, res: Response) => {
  res.type('text/plain').send(`Hello, ${String(req.query.name)}`); // ok: xss
});

router.get('/continue', (req: Request, res: Response) => {
  const dest = (req.query.u as string) || '/';
  res.redirect(302, dest); // expect: open-redirect
});

export default router;
