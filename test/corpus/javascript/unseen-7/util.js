// corpus: path=lib/util.js
const crypto = require('crypto');

function uuid() {
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
    const r = (Math.random() * 16) | 0;
    const v = c === 'x' ? r : (r & 0x3) | 0x8;
    return v.toString(16);
  });
}

function createPasswordResetToken(user) {
  const token = uuid(); // expect: insecure-random
  return { userId: user.id, token, expiresAt: Date.now() + 3600_000 };
}

function createCsrfToken() {
  return crypto.randomBytes(32).toString('hex'); // ok: insecure-random
}

function generateTempPassword(length = 12) {
  const chars = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!@#$%';
  let pwd = '';
  while (pwd.length < length) pwd += chars.charAt(Math.floor(Math.random() * chars.length)); // expect: insecure-random
  return pwd;
}

function pickColor(palette) {
  return palette[Math.floor(Math.random() * palette.length)]; // ok: insecure-random
}

function sampleForAbTest(userCount) {
  return Math.random() < 0.1 || userCount < 100; // ok: insecure-random
}

function hashPassword(password, salt) {
  return crypto.createHash('sha1').update(salt + password).digest('hex'); // expect: weak-hash
}

function hashPasswordSecure(password) {
  const salt = crypto.randomBytes(16);
  const key = crypto.pbkdf2Sync(password, salt, 310000, 32, 'sha256'); // ok: weak-hash
  return `${salt.toString('hex')}:${key.toString('hex')}`;
}

function fileChecksum(buffer) {
  return crypto.createHash('md5').update(buffer).digest('hex'); // ok: weak-hash
}

function apiSignature(params, secret) {
  const query = Object.keys(params).sort().map((k) => `${k}=${params[k]}`).join('&');
  return crypto.createHash('md5').update(query + secret).digest('hex'); // expect: weak-hash
}

module.exports = { uuid, createPasswordResetToken, createCsrfToken, generateTempPassword, pickColor, sampleForAbTest, hashPassword, hashPasswordSecure, fileChecksum, apiSignature };
