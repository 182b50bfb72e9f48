// corpus: path=src/routes/support.ts
import { Router, type Request, type Response } from 'express';
import axios from 'axios';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const support = Router();
const TRANSCRIPTS = path.resolve('data/transcripts');

support.get('/tickets/:id/transcript', ({ params, query }: Request, res: Response) => {
  const format = (query.format as string) ?? 'txt';
  const file = `${params.id}.${format}`;
  const body = readFileSync(path.join(TRANSCRIPTS, file), 'utf8'); // expect: path-traversal
  res.type('text/plain').send(body);
});

support.post('/tickets/:id/attach-url', async ({ body, params }: Request, res: Response) => {
  const { url } = body as { url: string };
  const download = await axios.get<ArrayBuffer>(url, { responseType: 'arraybuffer' }); // expect: ssrf
  res.json({ ticket: params.id, bytes: download.data.byteLength });
});

support.post('/tickets/:id/ping-host', ({ body }: Request, res: Response) => {
  const { host } = body as { host: string };
  const child = spawn('ping', ['-c', '1', host]); // ok: command-injection
  child.on('close', (code) => res.json({ reachable: code === 0 }));
});

support.post('/tickets/:id/traceroute', ({ body }: Request, res: Response) => {
  const target: string = body.host;
  const child = spawn(`traceroute ${target}`, { shell: true }); // expect: command-injection
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.on('close', () => res.type('text/plain').send(out));
});

support.get('/tickets/:id/preview', ({ query }: Request, res: Response) => {
  const subject = String(query.subject ?? '');
  const html = ['<article>', `<h2>${subject}</h2>`, '</article>'].join('');
  res.send(html); // expect: xss
});
