const express = require('express');
const _ = require('lodash');
const { requireUser } = require('../middleware/session');
const Preferences = require('../models/preferences');
const { deepMerge } = require('../lib/merge');

const router = express.Router();
router.use(requireUser);

const DEFAULTS = {
  theme: 'light',
  notifications: { email: true, push: false, digest: 'weekly' },
  editor: { tabSize: 2, wordWrap: true },
};

router.get('/', async (req, res) => {
  const stored = await Preferences.findOne({ user: req.user.id }).lean();
  res.json(_.merge({}, DEFAULTS, stored ? stored.values : {}));
});

router.put('/theme', async (req, res) => {
  const theme = req.body.theme === 'dark' ? 'dark' : 'light';
  await Preferences.updateOne({ user: req.user.id }, { $set: { 'values.theme': theme } }, { upsert: true });
  res.json({ theme });
});

module.exports = router;
