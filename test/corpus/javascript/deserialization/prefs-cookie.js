// corpus: path=server/middleware/prefs.js
const serialize = require('node-serialize');
const yaml = require('js-yaml');
const v8 = require('v8');

function loadPrefs(req, res, next) {
  const raw = req.cookies.prefs;
  if (raw) {
    req.prefs = serialize.unserialize(Buffer.from(raw, 'base64').toString()); // expect: unsafe-deserialization
  }
  next();
}

function loadPrefsJson(req, res, next) {
  const raw = req.cookies.prefs;
  try {
    req.prefs = raw ? JSON.parse(Buffer.from(raw, 'base64').toString()) : {}; // ok: unsafe-deserialization
  } catch {
    req.prefs = {};
  }
  next();
}

function importSettings(req, res) {
  const settings = yaml.load(req.body.settings, { schema: yaml.DEFAULT_FULL_SCHEMA }); // expect: unsafe-deserialization
  res.json({ keys: Object.keys(settings) });
}

function importSettingsSafe(req, res) {
  const settings = yaml.load(req.body.settings, { schema: yaml.JSON_SCHEMA }); // ok: unsafe-deserialization
  res.json({ keys: Object.keys(settings) });
}

function restoreSnapshot(req, res) {
  const state = v8.deserialize(Buffer.from(req.body.snapshot, 'base64')); // expect: unsafe-deserialization
  res.json({ restored: Object.keys(state).length });
}

module.exports = { loadPrefs, loadPrefsJson, importSettings, importSettingsSafe, restoreSnapshot };
