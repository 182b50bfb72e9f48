// corpus: path=src/services/tokens.js
const crypto = require('crypto');
const { promisify } = require('util');

const scrypt = promisify(crypto.scrypt);

const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const RESET_TOKEN_BYTES = 32;
const API_KEY_PREFIX = 'tly_';
const TOKEN_STORAGE_KEY = 'tally.auth.token'; // ok: hardcoded-secret

function resetToken() {
  return crypto.randomBytes(RESET_TOKEN_BYTES).toString('hex'); // ok: insecure-random
}

function inviteCode() {
  return Math.random().toString(36).slice(2, 10).toUpperCase(); // expect: insecure-random
}

function apiKey() {
  let body = '';
  for (let i = 0; i < 40; i++) {
    body += 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(Math.random() * 62)]; // expect: insecure-random
  }
  return API_KEY_PREFIX + body;
}

function pickBackoff(attempt) {
  return Math.min(30000, 2 ** attempt * 100) + Math.floor(Math.random() * 250); // ok: insecure-random
}

function shuffleQuestions(questions) {
  const copy = [...questions];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1)); // ok: insecure-random
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

async function hashPassword(password) {
  const salt = crypto.randomBytes(16);
  const key = await scrypt(password, salt, 64);
  return `scrypt$${salt.toString('hex')}$${key.toString('hex')}`;
}

function legacyCheck(user, password) {
  const digest = crypto.createHash('md5').update(user.salt + password).digest('hex'); // expect: weak-hash
  return crypto.timingSafeEqual(Buffer.from(digest), Buffer.from(user.legacyHash));
}

function storageKeyFor(apiKeyValue) {
  return crypto.createHash('sha256').update(apiKeyValue).digest('hex');
}

function etagFor(body) {
  return `"${crypto.createHash('md5').update(body).digest('base64')}"`; // ok: weak-hash
}

function inviteExpiry(now = Date.now()) {
  return new Date(now + INVITE_TTL_MS);
}

module.exports = { resetToken, inviteCode, apiKey, pickBackoff, shuffleQuestions, hashPassword, legacyCheck, storageKeyFor, etagFor, inviteExpiry, TOKEN_STORAGE_KEY };
