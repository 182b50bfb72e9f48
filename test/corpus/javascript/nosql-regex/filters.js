// corpus: path=src/routes/logs.js
const express = require('express');
const fs = require('fs/promises');
const _ = require('lodash');

const router = express.Router();
const LOG_FILE = '/var/log/app/app.log';
const LEVELS = ['debug', 'info', 'warn', 'error'];

router.get('/logs/grep', async (req, res) => {
  const text = await fs.readFile(LOG_FILE, 'utf8');
  const re = new RegExp(req.query.pattern, 'm'); // expect: regex-injection
  res.json(text.split('\n').filter((line) => re.test(line)).slice(-200));
});

router.get('/logs/find', async (req, res) => {
  const text = await fs.readFile(LOG_FILE, 'utf8');
  const re = new RegExp(_.escapeRegExp(req.query.text), 'i'); // ok: regex-injection
  res.json(text.split('\n').filter((line) => re.test(line)).slice(-200));
});

router.get('/logs/level', async (req, res) => {
  const level = LEVELS.includes(req.query.level) ? req.query.level : 'info';
  const re = new RegExp(`\\b${level.toUpperCase()}\\b`); // ok: regex-injection
  const text = await fs.readFile(LOG_FILE, 'utf8');
  res.json(text.split('\n').filter((line) => re.test(line)).slice(-200));
});

router.get('/logs/since', async (req, res) => {
  const stamp = /^\d{4}-\d{2}-\d{2}$/.test(req.query.day) ? req.query.day : new Date().toISOString().slice(0, 10);
  const re = new RegExp('^' + stamp); // ok: regex-injection
  const text = await fs.readFile(LOG_FILE, 'utf8');
  res.json(text.split('\n').filter((line) => re.test(line)));
});

router.post('/logs/redact', async (req, res) => {
  const text = await fs.readFile(LOG_FILE, 'utf8');
  const out = text.replace(new RegExp(req.body.secret, 'g'), '[redacted]'); // expect: regex-injection
  res.type('text/plain').send(out);
});

module.exports = router;
