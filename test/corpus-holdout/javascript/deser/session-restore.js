// corpus: path=src/lib/session-restore.js
const serialize = require('node-serialize')
const yaml = require('js-yaml')
const v8 = require('node:v8')

function restoreFromCookie(req) {
  const raw = Buffer.from(req.cookies.profile || '', 'base64').toString()
  return serialize.unserialize(raw) // expect: unsafe-deserialization
}

function restoreJson(req) {
  const raw = Buffer.from(req.cookies.profile || '', 'base64').toString()
  return JSON.parse(raw) // ok: unsafe-deserialization
}

function loadSettings(text) {
  return yaml.load(text, { schema: yaml.JSON_SCHEMA }) // ok: unsafe-deserialization
}

function loadLegacySettings(text) {
  return yaml.load(text, { schema: yaml.DEFAULT_FULL_SCHEMA }) // expect: unsafe-deserialization
}

function restoreSnapshot(req) {
  return v8.deserialize(req.body) // expect: unsafe-deserialization
}

module.exports = { restoreFromCookie, restoreJson, loadSettings, loadLegacySettings, restoreSnapshot }
