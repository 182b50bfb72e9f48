// corpus: path=src/services/passwords.js
const crypto = require('crypto');
const bcrypt = require('bcryptjs');

const LEGACY_ALGORITHM = 'sha1';
const PEPPER = process.env.PASSWORD_PEPPER || '';

function legacyDigest(password, salt) {
  return crypto.createHash(LEGACY_ALGORITHM).update(salt + password + PEPPER).digest('hex'); // expect: weak-hash
}

async function verify(user, password) {
  if (user.hashScheme === 'legacy-sha1') {
    const ok = crypto.timingSafeEqual(Buffer.from(legacyDigest(password, user.salt)), Buffer.from(user.passwordHash));
    if (ok) {
      user.passwordHash = await bcrypt.hash(password, 12); // ok: weak-hash
      user.hashScheme = 'bcrypt';
      await user.save();
    }
    return ok;
  }
  return bcrypt.compare(password, user.passwordHash);
}

function hashResetCode(code) {
  const hasher = crypto.createHash('md5'); // expect: weak-hash
  hasher.update(code); // also: weak-hash
  return hasher.digest('hex');
}

function assetVersion(contents) {
  return crypto.createHash('md5').update(contents).digest('hex').slice(0, 8); // ok: weak-hash
}

function idempotencyKey(order) {
  return crypto.createHash('sha1').update(`${order.id}:${order.updatedAt}`).digest('hex'); // ok: weak-hash
}

function signPayload(payload, secret) {
  return crypto.createHmac('sha256', secret).update(JSON.stringify(payload)).digest('hex'); // ok: weak-hash
}

module.exports = { legacyDigest, verify, hashResetCode, assetVersion, idempotencyKey, signPayload };
