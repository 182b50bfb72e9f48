// corpus: path=server/routes/files.js
const express = require('express');
const path = require('path');
const fs = require('fs/promises');
const { execFile, exec } = require('child_process');
const axios = require('axios');
const crypto = require('crypto');
const jwt = require('jsonwebtoken');
const db = require('../db');
const { requireUser } = require('../middleware/auth');

const router = express.Router();
const UPLOAD_DIR = path.join(__dirname, '..', 'uploads');
const THUMB_SIZES = new Set(['64', '128', '256']);

router.get('/files/:name', requireUser, async (req, res) => {
  const file = path.join(UPLOAD_DIR, req.params.name);
  res.sendFile(file);  // expect: path-traversal
});

router.get('/files/:name/meta', requireUser, async (req, res) => {
  const name = path.basename(req.params.name);
  const stat = await fs.stat(path.join(UPLOAD_DIR, name));  // ok: path-traversal
  res.json({ size: stat.size, modified: stat.mtime });
});

router.post('/files/:name/thumb', requireUser, (req, res) => {
  const size = THUMB_SIZES.has(req.body.size) ? req.body.size : '128';
  execFile('convert', [path.join(UPLOAD_DIR, path.basename(req.params.name)), '-resize', `${size}x${size}`, '-'], (err, out) => {  // ok: command-injection
    if (err) return res.status(500).json({ error: 'convert failed' });
    res.type('png').send(out);
  });
});

router.post('/files/:name/scan', requireUser, (req, res) => {
  const target = `${UPLOAD_DIR}/${req.params.name}`;
  exec(`clamscan --no-summary ${target}`, (err, stdout) => {  // expect: command-injection
    res.json({ infected: Boolean(err), report: stdout });
  });
});

router.get('/files', requireUser, async (req, res) => {
  const { owner, sort = 'created_at' } = req.query;
  const rows = await db.query(`SELECT id, name FROM files WHERE owner = '${owner}' ORDER BY ${sort}`);  // expect: sql-injection
  res.json(rows);
});

router.get('/files/count', requireUser, async (req, res) => {
  const rows = await db.query('SELECT count(*) AS n FROM files WHERE owner = ?', [req.user.id]);  // ok: sql-injection
  res.json(rows[0]);
});

router.post('/import', requireUser, async (req, res) => {
  const { sourceUrl } = req.body;
  const response = await axios.get(sourceUrl, { responseType: 'arraybuffer' });  // expect: ssrf
  await fs.writeFile(path.join(UPLOAD_DIR, `${req.user.id}-${Date.now()}`), response.data);
  res.status(201).json({ bytes: response.data.length });
});

router.get('/share/:id', async (req, res) => {
  const token = crypto.randomBytes(24).toString('hex');  // ok: insecure-random
  await db.query('UPDATE files SET share_token = ? WHERE id = ?', [token, req.params.id]);
  res.json({ url: `/s/${token}` });
});

router.get('/invite', requireUser, async (req, res) => {
  const code = Math.random().toString(36).slice(2, 10);  // expect: insecure-random
  await db.query('INSERT INTO invites (code, owner) VALUES (?, ?)', [code, req.user.id]);
  res.json({ code });
});

router.post('/session', async (req, res) => {
  const user = await db.findUser(req.body.email, req.body.password);
  if (!user) return res.status(401).json({ error: 'invalid credentials' });
  const token = jwt.sign({ sub: user.id }, 'change-me-in-prod-7f3a9c', { expiresIn: '1h' });  // expect: hardcoded-secret
  res.cookie('session', token, { httpOnly: true, secure: true, sameSite: 'lax' });  // ok: insecure-cookie
  res.json({ ok: true });
});

router.get('/me', (req, res) => {
  const claims = jwt.decode(req.headers.authorization?.split(' ')[1] ?? '');  // expect: jwt-weak
  res.json({ user: claims?.sub ?? null });
});

router.get('/greet', (req, res) => {
  res.send(`<h2>Hello ${req.query.name}</h2>`);  // expect: xss
});

router.get('/greet.json', (req, res) => {
  res.json({ greeting: `Hello ${req.query.name}` });  // ok: xss
});

router.get('/out', (req, res) => {
  res.redirect(req.query.url);  // expect: open-redirect
});

module.exports = router;
