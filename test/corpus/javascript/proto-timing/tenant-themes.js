// corpus: path=src/routes/tenant-themes.js
const express = require('express');
const mergeDeep = require('merge-deep');
const { mergeWith, cloneDeep } = require('lodash');
const Tenant = require('../models/tenant');
const { requireTenantAdmin } = require('../middleware/session');

const router = express.Router();
router.use(requireTenantAdmin);

const BASE_THEME = {
  colors: { primary: '#2563eb', background: '#ffffff', text: '#111827' },
  fonts: { body: 'Inter', heading: 'Inter' },
  radius: 8,
};

// Compiled themes by tenant, reused for every page render.
const themeCache = {};
// Per-tenant string overrides; no prototype, so any key is just a key.
const copyOverrides = Object.create(null);

function replaceArrays(objValue, srcValue) {
  if (Array.isArray(srcValue)) return srcValue;
  return undefined;
}

function extend(target, source) {
  for (const key in source) {
    if (source[key] && typeof source[key] === 'object') {
      target[key] = target[key] || {};
      extend(target[key], source[key]);
    } else {
      target[key] = source[key]; // expect: prototype-pollution
    }
  }
  return target;
}

router.put('/theme', async (req, res) => {
  const tenantId = req.tenant.id;
  const theme = themeCache[tenantId] || cloneDeep(BASE_THEME);
  mergeWith(theme, req.body.theme, replaceArrays); // expect: prototype-pollution
  themeCache[tenantId] = theme;
  await Tenant.updateOne({ _id: tenantId }, { $set: { theme } });
  res.json(theme);
});

router.put('/theme/legacy', async (req, res) => {
  const theme = mergeDeep(BASE_THEME, req.body); // expect: prototype-pollution
  await Tenant.updateOne({ _id: req.tenant.id }, { $set: { theme } });
  res.json(theme);
});

router.put('/email-theme', async (req, res) => {
  const tenant = await Tenant.findById(req.tenant.id);
  const emailTheme = extend(tenant.emailTheme || {}, req.body); // also: prototype-pollution
  tenant.emailTheme = emailTheme;
  await tenant.save();
  res.json(emailTheme);
});

router.put('/copy/:locale', (req, res) => {
  const tenantId = req.tenant.id;
  copyOverrides[tenantId] = copyOverrides[tenantId] || Object.create(null);
  copyOverrides[tenantId][req.params.locale] = String(req.body.text || ''); // ok: prototype-pollution
  res.json({ ok: true });
});

router.put('/fonts', async (req, res) => {
  const tenantId = req.tenant.id;
  const theme = themeCache[tenantId] || cloneDeep(BASE_THEME);
  theme.fonts.body = String(req.body.body || 'Inter'); // ok: prototype-pollution
  theme.fonts.heading = String(req.body.heading || 'Inter'); // ok: prototype-pollution
  themeCache[tenantId] = theme;
  res.json(theme.fonts);
});

module.exports = router;
