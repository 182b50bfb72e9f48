// corpus: path=src/services/tokens.js
const crypto = require('node:crypto');
const { promisify } = require('node:util');
const { db } = require('../db');

const scrypt = promisify(crypto.scrypt);

async function hashPassword(password) {
  const salt = crypto.randomBytes(16);
  const key = await scrypt(password, salt, 64);
  return `${salt.toString('hex')}:${key.toString('hex')}`;
}

function legacyHash(password) {
  return crypto.createHash('md5').update(password).digest('hex'); // expect: weak-hash
}

function resetCode() {
  return String(Math.floor(Math.random() * 1e6)).padStart(6, '0'); // expect: insecure-random
}

function etag(body) {
  return crypto.createHash('md5').update(body).digest('base64'); // ok: weak-hash
}

function jitter(ms) {
  return ms + Math.floor(Math.random() * 250); // ok: insecure-random
}

async function startReset(userId) {
  const code = resetCode();
  const token = crypto.randomBytes(32).toString('base64url'); // ok: insecure-random
  await db('password_resets').insert({ user_id: userId, code, token_hash: crypto.createHash('sha256').update(token).digest('hex') });
  return { code, token };
}

async function verifyLegacy(user, password) {
  if (!user.legacy_hash) return false;
  const ok = crypto.timingSafeEqual(Buffer.from(legacyHash(password)), Buffer.from(user.legacy_hash));
  if (ok) await db('users').where({ id: user.id }).update({ password_hash: await hashPassword(password), legacy_hash: null });
  return ok;
}

module.exports = { hashPassword, startReset, verifyLegacy, etag, jitter };
