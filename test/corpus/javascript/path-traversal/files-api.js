// corpus: path=server/files.js
const express = require('express');
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');

const router = express.Router();
const STORAGE = path.resolve(process.env.STORAGE_DIR || '/data/files');

router.get('/download', (req, res) => {
  const file = req.query.file;
  const full = path.join(STORAGE, file);
  res.sendFile(full); // expect: path-traversal
});

router.get('/download-safe', (req, res) => {
  const full = path.resolve(STORAGE, String(req.query.file || ''));
  if (!full.startsWith(STORAGE + path.sep)) return res.status(400).end();
  res.sendFile(full); // ok: path-traversal
});

router.get('/download-root/:name', (req, res) => {
  res.sendFile(req.params.name, { root: STORAGE, dotfiles: 'deny' }); // ok: path-traversal
});

router.get('/preview', async (req, res, next) => {
  try {
    const text = await fsp.readFile(`${STORAGE}/${req.query.name}`, 'utf8'); // expect: path-traversal
    res.type('text/plain').send(text.slice(0, 4096));
  } catch (err) {
    next(err);
  }
});

router.get('/stream/:name', (req, res) => {
  const name = path.basename(req.params.name);
  fs.createReadStream(path.join(STORAGE, name)).pipe(res); // ok: path-traversal
});

router.get('/stream-raw', (req, res) => {
  const target = STORAGE + '/' + req.query.path;
  const stream = fs.createReadStream(target); // expect: path-traversal
  stream.on('error', () => res.status(404).end());
  stream.pipe(res);
});

router.delete('/files', async (req, res) => {
  const { name } = req.body;
  await fsp.unlink(path.join(STORAGE, name)); // expect: path-traversal
  res.status(204).end();
});

router.put('/files/:name', express.raw({ limit: '5mb', type: '*/*' }), async (req, res) => {
  const name = req.params.name;
  const dest = path.join(STORAGE, 'uploads', name);
  await fsp.writeFile(dest, req.body); // expect: path-traversal
  res.status(201).json({ name });
});

module.exports = router;
