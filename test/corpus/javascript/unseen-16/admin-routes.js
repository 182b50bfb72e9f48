// corpus: path=src/routes/admin.js
const express = require('express');
const pug = require('pug');
const { exec, execFile } = require('child_process');
const { requireAdmin } = require('../middleware/auth');
const Notice = require('../models/notice');

const router = express.Router();
router.use(requireAdmin);

router.post('/notices/preview', (req, res) => {
  const render = pug.compile(req.body.markup); // expect: template-injection
  res.type('html').send(render({ site: 'Acme' }));
});

router.post('/notices', async (req, res) => {
  const notice = await Notice.create({ title: req.body.title, body: req.body.body, createdBy: req.user.id });
  res.status(201).json(notice);
});

router.post('/backup', (req, res) => {
  const label = req.body.label || 'manual';
  exec(`/usr/local/bin/backup.sh --label ${label}`, (err, stdout) => { // expect: command-injection
    if (err) return res.status(500).json({ error: 'backup failed' });
    res.json({ output: stdout.trim() });
  });
});

router.post('/backup/v2', (req, res) => {
  const label = String(req.body.label || 'manual');
  execFile('/usr/local/bin/backup.sh', ['--label', label], (err, stdout) => { // ok: command-injection
    if (err) return res.status(500).json({ error: 'backup failed' });
    res.json({ output: stdout.trim() });
  });
});

router.get('/logout', (req, res) => {
  req.session.destroy(() => res.redirect(req.query.returnTo || '/')); // expect: open-redirect
});

module.exports = router;
