const express = require('express');
const Settings = require('../models/settings');
const { requireLogin } = require('../middleware/auth');

const router = express.Router();

const DEFAULTS = { pageSize: 25, sort: 'recent', compact: false };

router.get('/', requireLogin, async (req, res) => {
  const settings = await Settings.findOne({ where: { userId: req.session.userId } });
  res.render('settings', { settings: settings || DEFAULTS });
});

router.post('/notifications', requireLogin, async (req, res) => {
  const settings = await Settings.findOne({ where: { userId: req.session.userId } });
  settings.emailDigest = req.body.emailDigest === 'on';
  settings.pushEnabled = req.body.pushEnabled === 'on';
  await settings.save();
  res.redirect('/settings');
});

module.exports = router;
