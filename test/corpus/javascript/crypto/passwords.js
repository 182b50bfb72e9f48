// corpus: path=src/auth/passwords.js
const crypto = require('crypto');
const bcrypt = require('bcrypt');

async function hashPassword(password) {
  return bcrypt.hash(password, 12); // ok: weak-hash
}

function hashPasswordLegacy(password) {
  return crypto.createHash('md5').update(password).digest('hex'); // expect: weak-hash
}

function hashPasswordSalted(password, salt) {
  const hash = crypto.createHash('sha1'); // also: weak-hash
  hash.update(salt + password); // expect: weak-hash
  return `${salt}:${hash.digest('hex')}`;
}

function hashPasswordScrypt(password) {
  const salt = crypto.randomBytes(16);
  const key = crypto.scryptSync(password, salt, 64); // ok: weak-hash
  return `${salt.toString('hex')}:${key.toString('hex')}`;
}

function fileChecksum(buffer) {
  return crypto.createHash('md5').update(buffer).digest('hex'); // ok: weak-hash
}

function cacheKey(parts) {
  return crypto.createHash('sha1').update(parts.join('|')).digest('base64url'); // ok: weak-hash
}

module.exports = { hashPassword, hashPasswordLegacy, hashPasswordSalted, hashPasswordScrypt, fileChecksum, cacheKey };
