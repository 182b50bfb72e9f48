// corpus: path=src/lib/tokens.js
const crypto = require('crypto');

const CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

function randomString(length) {
  let out = '';
  for (let i = 0; i < length; i += 1) {
    out += CHARS.charAt(Math.floor(Math.random() * CHARS.length)); // also: insecure-random
  }
  return out;
}

function createResetToken() {
  return randomString(40); // expect: insecure-random
}

function createOtp() {
  return String(Math.floor(100000 + Math.random() * 900000)); // expect: insecure-random
}

function createSessionId() {
  return crypto.randomUUID(); // ok: insecure-random
}

function createApiKey() {
  return `sk_${crypto.randomBytes(24).toString('base64url')}`; // ok: insecure-random
}

function jitter(ms) {
  return ms + Math.floor(Math.random() * ms * 0.2); // ok: insecure-random
}

function shouldSample(rate) {
  return Math.random() < rate; // ok: insecure-random
}

function shuffle(items) {
  const a = items.slice();
  for (let i = a.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1)); // ok: insecure-random
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

function placeholderColor() {
  const hue = Math.floor(Math.random() * 360);
  return `hsl(${hue}, 70%, 80%)`;
}

function legacyInviteCode() {
  return Math.random().toString(36).slice(2, 10).toUpperCase(); // expect: insecure-random
}

module.exports = { randomString, createResetToken, createOtp, createSessionId, createApiKey, jitter, shouldSample, shuffle, placeholderColor, legacyInviteCode };
