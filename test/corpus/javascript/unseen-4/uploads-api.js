// corpus: path=server/routes/uploads.js
const express = require('express');
const multer = require('multer');
const path = require('path');
const fs = require('fs');
const AdmZip = require('adm-zip');
const { exec, execFile } = require('child_process');
const puppeteer = require('puppeteer');

const router = express.Router();
const upload = multer({ dest: '/tmp/incoming' });
const STORAGE = '/var/app/storage';
const REPORT_NAME = /^[a-z0-9_-]{1,64}\.pdf$/i;

router.post('/attachments', upload.single('file'), (req, res) => {
  const target = path.join(STORAGE, 'attachments', req.file.originalname);
  fs.renameSync(req.file.path, target); // expect: path-traversal
  res.status(201).json({ name: req.file.originalname });
});

router.post('/attachments/v2', upload.single('file'), (req, res) => {
  const safeName = `${Date.now()}-${path.basename(req.file.originalname)}`;
  fs.renameSync(req.file.path, path.join(STORAGE, 'attachments', safeName)); // ok: path-traversal
  res.status(201).json({ name: safeName });
});

router.get('/reports/:name', (req, res) => {
  const { name } = req.params;
  if (!REPORT_NAME.test(name)) return res.status(400).json({ error: 'invalid report name' });
  res.download(path.join(STORAGE, 'reports', name)); // ok: path-traversal
});

router.get('/exports/:name', (req, res) => {
  res.download(path.join(STORAGE, 'exports', req.params.name)); // expect: path-traversal
});

router.get('/logs', (req, res) => {
  const file = path.normalize(req.query.file).replace(/^(\.\.(\/|\\|$))+/, '');
  res.sendFile(path.join(STORAGE, 'logs', file)); // ok: path-traversal
});

router.post('/bundles', upload.single('bundle'), (req, res) => {
  const zip = new AdmZip(req.file.path);
  for (const entry of zip.getEntries()) {
    const out = path.join(STORAGE, 'bundles', entry.entryName);
    fs.writeFileSync(out, entry.getData()); // expect: path-traversal
  }
  res.json({ ok: true });
});

router.post('/thumbnails/:id', (req, res) => {
  const { id } = req.params;
  if (!/^\d+$/.test(id)) return res.status(400).end();
  exec(`convert ${STORAGE}/images/${id}.png -resize 200x200 ${STORAGE}/thumbs/${id}.png`, (err) => { // ok: command-injection
    res.status(err ? 500 : 204).end();
  });
});

router.post('/thumbnails', (req, res) => {
  const size = req.body.size || '200x200';
  exec(`convert ${STORAGE}/images/${req.body.image} -resize ${size} out.png`, (err) => { // expect: command-injection
    res.status(err ? 500 : 204).end();
  });
});

router.post('/archive', (req, res) => {
  const level = Number.parseInt(req.body.level, 10) || 6;
  exec(`tar -czf /tmp/archive.tgz -C ${STORAGE} . --level=${level}`, (err) => { // ok: command-injection
    res.status(err ? 500 : 204).end();
  });
});

router.post('/git/blame', (req, res) => {
  execFile('git', ['blame', '--porcelain', '--', req.body.file], { cwd: STORAGE }, (err, out) => { // ok: command-injection
    res.type('text/plain').send(err ? '' : out);
  });
});

router.post('/screenshot', async (req, res) => {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  await page.goto(req.body.url, { waitUntil: 'networkidle2' }); // expect: ssrf
  const png = await page.screenshot();
  await browser.close();
  res.type('png').send(png);
});

module.exports = router;
