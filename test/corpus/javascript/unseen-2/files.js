// corpus: path=src/routes/files.js
const express = require('express');
const path = require('path');
const fs = require('fs');
const AdmZip = require('adm-zip');
const multer = require('multer');

const upload = multer({ dest: '/tmp/uploads' });
const router = express.Router();
const PUBLIC_DIR = path.join(__dirname, '..', 'public');
const EXTRACT_DIR = '/srv/extracted';

router.get('/public/:file', (req, res) => {
  res.sendFile(path.join(PUBLIC_DIR, req.params.file)); // expect: path-traversal
});

router.get('/public-safe/:file', (req, res) => {
  res.sendFile(req.params.file, { root: PUBLIC_DIR }); // ok: path-traversal
});

router.get('/raw', (req, res) => {
  fs.createReadStream(req.query.path).pipe(res); // expect: path-traversal
});

router.post('/import', upload.single('archive'), (req, res) => {
  const zip = new AdmZip(req.file.path);
  for (const entry of zip.getEntries()) {
    const target = path.join(EXTRACT_DIR, entry.entryName);
    fs.writeFileSync(target, entry.getData()); // expect: path-traversal
  }
  res.json({ ok: true });
});

router.post('/import-safe', upload.single('archive'), (req, res) => {
  const zip = new AdmZip(req.file.path);
  for (const entry of zip.getEntries()) {
    const target = path.resolve(EXTRACT_DIR, entry.entryName);
    if (!target.startsWith(EXTRACT_DIR + path.sep)) continue;
    fs.writeFileSync(target, entry.getData()); // ok: path-traversal
  }
  res.json({ ok: true });
});

router.get('/view', (req, res) => {
  res.render(req.query.page, { user: req.user }); // expect: path-traversal
});

router.get('/view-safe', (req, res) => {
  const pages = { home: 'home', about: 'about' };
  res.render(pages[req.query.page] || 'home', { user: req.user }); // ok: path-traversal
});

module.exports = router;
