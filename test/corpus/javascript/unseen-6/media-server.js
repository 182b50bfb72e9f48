// corpus: path=services/media/server.js
import express from 'express';
import fetch from 'node-fetch';
import sharp from 'sharp';
import { spawnSync } from 'node:child_process';
import { createReadStream, promises as fsp } from 'node:fs';
import { join, extname } from 'node:path';
import crypto from 'node:crypto';

const app = express();
const ROOT = '/data/media';
const KINDS = new Map([['thumb', 200], ['card', 600], ['hero', 1600]]);

app.get('/media/remote', async (req, res) => {
  const source = req.query.src;
  const upstream = await fetch(source, { redirect: 'follow' }); // expect: ssrf
  const resized = await sharp(Buffer.from(await upstream.arrayBuffer())).resize(400).toBuffer();
  res.type('image/webp').send(resized);
});

app.get('/media/:kind/:id', async (req, res) => {
  const width = KINDS.get(req.params.kind);
  if (!width || !/^[a-f0-9]{24}$/.test(req.params.id)) return res.sendStatus(404);
  createReadStream(join(ROOT, `${req.params.id}-${width}.webp`)).pipe(res); // ok: path-traversal
});

app.get('/media/original', (req, res) => {
  createReadStream(join(ROOT, 'originals', req.query.file)).pipe(res); // expect: path-traversal
});

app.post('/media/probe', express.json(), (req, res) => {
  const out = spawnSync('ffprobe', ['-v', 'error', '-show_format', join(ROOT, 'uploads', String(req.body.id))]); // ok: command-injection
  res.type('text/plain').send(out.stdout);
});

app.post('/media/transcode', express.json(), (req, res) => {
  const out = spawnSync('sh', ['-c', `ffmpeg -i ${ROOT}/uploads/${req.body.id} -vf scale=${req.body.scale} out.mp4`]); // expect: command-injection
  res.status(out.status === 0 ? 204 : 500).end();
});

app.get('/media/search', (req, res) => {
  res.send(`<p>No media matches <q>${req.query.q}</q></p>`); // expect: xss
});

app.post('/media/share', express.json(), async (req, res) => {
  const shareCode = crypto.randomBytes(9).toString('base64url'); // ok: insecure-random
  const shortCode = Math.random().toString(36).slice(2, 8); // expect: insecure-random
  await fsp.writeFile(join(ROOT, 'shares', `${shareCode}.json`), JSON.stringify({ id: req.body.id, shortCode }));
  res.cookie('share_session', shareCode, { httpOnly: true, secure: true, sameSite: 'strict' }); // ok: insecure-cookie
  res.json({ shareCode, shortCode });
});

app.get('/media/ext', (req, res) => {
  res.json({ ext: extname(String(req.query.name)) }); // ok: path-traversal
});

export default app;
