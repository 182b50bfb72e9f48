// corpus: path=src/auth/tokens.js
const crypto = require('crypto');
const { nanoid } = require('nanoid');

function resetToken() {
  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2); // expect: insecure-random
}

function resetTokenSecure() {
  return crypto.randomBytes(32).toString('hex'); // ok: insecure-random
}

function sessionId() {
  let id = '';
  for (let i = 0; i < 32; i++) {
    id += Math.floor(Math.random() * 16).toString(16); // expect: insecure-random
  }
  return id;
}

function inviteCode() {
  return nanoid(12); // ok: insecure-random
}

function otp() {
  return String(crypto.randomInt(0, 1_000_000)).padStart(6, '0'); // ok: insecure-random
}

function pin() {
  return String(Math.floor(100000 + Math.random() * 900000)); // expect: insecure-random
}

function pickBackoff(attempt) {
  return Math.min(30_000, 2 ** attempt * 100) * (0.5 + Math.random() / 2); // ok: insecure-random
}

function shuffle(list) {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1)); // ok: insecure-random
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

function csrfToken(req) {
  const token = crypto.randomUUID(); // ok: insecure-random
  req.session.csrf = token;
  return token;
}

module.exports = { resetToken, resetTokenSecure, sessionId, inviteCode, otp, pin, pickBackoff, shuffle, csrfToken };
