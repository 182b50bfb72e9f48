// corpus: path=src/routes/preferences.js
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

// Preferences of signed-in users, kept warm between requests.
const cache = new Map();

router.get('/', async (req, res) => {
  const stored = await Preferences.findOne({ user: req.user.id }).lean();
  res.json(_.merge({}, DEFAULTS, stored ? stored.values : {}));
});

router.put('/theme', async (req, res) => {
  const theme = req.body.theme === 'dark' ? 'dark' : 'light';
  await Preferences.updateOne({ user: req.user.id }, { $set: { 'values.theme': theme } }, { upsert: true });
  res.json({ theme });
});

async function load(userId) {
  if (cache.has(userId)) return cache.get(userId);
  const stored = await Preferences.findOne({ user: userId }).lean();
  const values = _.merge({}, DEFAULTS, stored ? stored.values : {});
  cache.set(userId, values);
  return values;
}

router.put('/:section/:key', async (req, res) => {
  const values = await load(req.user.id);
  const { section, key } = req.params;
  if (!values[section]) values[section] = {};
  values[section][key] = req.body.value; // expect: prototype-pollution
  await Preferences.updateOne({ user: req.user.id }, { $set: { values } }, { upsert: true });
  res.json(values);
});

router.patch('/', async (req, res) => {
  const values = await load(req.user.id);
  deepMerge(values, req.body); // also: prototype-pollution
  await Preferences.updateOne({ user: req.user.id }, { $set: { values } }, { upsert: true });
  res.json(values);
});

router.post('/set', async (req, res) => {
  const values = await load(req.user.id);
  _.set(values, req.body.path, req.body.value); // expect: prototype-pollution
  _.set(values, 'meta.updatedAt', new Date().toISOString()); // ok: prototype-pollution
  await Preferences.updateOne({ user: req.user.id }, { $set: { values } }, { upsert: true });
  res.json(values);
});

router.post('/reset', async (req, res) => {
  const fresh = Object.assign({}, DEFAULTS, req.body.keep); // ok: prototype-pollution
  cache.set(req.user.id, fresh); // ok: prototype-pollution
  await Preferences.updateOne({ user: req.user.id }, { $set: { values: fresh } }, { upsert: true });
  res.json(fresh);
});

module.exports = router;
