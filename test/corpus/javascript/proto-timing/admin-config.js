// corpus: path=src/routes/admin/config.js
const express = require('express');
const _ = require('lodash');
const deepmerge = require('deepmerge');
const Joi = require('joi');
const { requireRole } = require('../../middleware/session');
const audit = require('../../lib/audit');
const appConfig = require('../../config/runtime');

const router = express.Router();
router.use(requireRole('admin'));

const FeatureFlagsSchema = Joi.object({
  checkoutV2: Joi.boolean(),
  searchProvider: Joi.string().valid('algolia', 'postgres'),
  maxUploadMb: Joi.number().integer().min(1).max(500),
}).unknown(false);

router.get('/', (req, res) => {
  res.json(appConfig);
});

// Operators paste a JSON document of overrides; applied to the live process config.
router.post('/overrides', (req, res) => {
  _.merge(appConfig, req.body.overrides); // expect: prototype-pollution
  audit.log(req.user, 'config.override', req.body.overrides);
  res.json(appConfig);
});

router.post('/defaults', (req, res) => {
  _.defaultsDeep(appConfig.limits, req.body); // expect: prototype-pollution
  res.json(appConfig.limits);
});

router.post('/preview', (req, res) => {
  // A throwaway copy for the preview pane, never stored.
  const preview = { ...appConfig, ...req.body }; // ok: prototype-pollution
  res.json(preview);
});

router.post('/flags', (req, res) => {
  const { error, value } = FeatureFlagsSchema.validate(req.body);
  if (error) return res.status(422).json({ error: error.message });
  _.merge(appConfig.flags, value); // ok: prototype-pollution
  audit.log(req.user, 'config.flags', value);
  res.json(appConfig.flags);
});

router.post('/notifications', (req, res) => {
  appConfig.notifications = deepmerge(appConfig.notifications, req.body); // expect: prototype-pollution
  res.json(appConfig.notifications);
});

router.post('/rename', (req, res) => {
  const { from, to } = req.body;
  appConfig.labels[to] = appConfig.labels[from]; // ok: prototype-pollution
  delete appConfig.labels[from];
  res.json(appConfig.labels);
});

module.exports = router;
