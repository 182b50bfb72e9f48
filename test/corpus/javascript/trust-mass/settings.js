// corpus: path=src/routes/settings.js
const express = require('express');
const Settings = require('../models/settings');
const { requireLogin } = require('../middleware/auth');

const router = express.Router();

const DEFAULTS = { pageSize: 25, sort: 'recent', compact: false };
const CURRENCIES = new Set(['USD', 'EUR', 'GBP']);

router.get('/', requireLogin, async (req, res) => {
  const settings = await Settings.findOne({ where: { userId: req.session.userId } });
  const view = Object.assign({}, DEFAULTS, req.query); // ok: mass-assignment
  res.render('settings', { settings: settings || DEFAULTS, view });
});

router.post('/notifications', requireLogin, async (req, res) => {
  const settings = await Settings.findOne({ where: { userId: req.session.userId } });
  settings.emailDigest = req.body.emailDigest === 'on';
  settings.pushEnabled = req.body.pushEnabled === 'on';
  await settings.save();
  res.redirect('/settings');
});

router.post('/display', requireLogin, async (req, res) => {
  const settings = await Settings.findOne({ where: { userId: req.session.userId } });
  Object.assign(settings, req.body); // expect: mass-assignment
  await settings.save();
  res.redirect('/settings');
});

router.post('/currency', requireLogin, (req, res) => {
  const currency = String(req.body.currency || '').toUpperCase();
  if (!CURRENCIES.has(currency)) return res.status(400).send('unsupported currency');
  req.session.currency = currency; // ok: trust-boundary
  res.redirect('/settings');
});

router.post('/region', requireLogin, (req, res) => {
  req.session.region = req.body.region; // expect: trust-boundary
  req.session.save(() => res.redirect('/settings'));
});

module.exports = router;
