// corpus: path=server/lib/auth.js
const bcrypt = require('bcryptjs');
const jwt = require('jsonwebtoken');
const crypto = require('crypto');
const { User } = require('../models');

const JWT_SECRET = process.env.JWT_SECRET;

function legacyDigest(password, salt) {
  return crypto.createHash('md5').update(salt + password).digest('hex'); // expect: weak-hash
}

async function verifyLogin(email, password) {
  const user = await User.findOne({ where: { email } });
  if (!user) return null;
  if (user.legacySalt) {
    const ok = crypto.timingSafeEqual(Buffer.from(legacyDigest(password, user.legacySalt)), Buffer.from(user.passwordHash));
    if (ok) await user.update({ passwordHash: await bcrypt.hash(password, 12), legacySalt: null });
    return ok ? user : null;
  }
  const ok = await bcrypt.compare(password, user.passwordHash);
  return ok ? user : null;
}

function issueToken(user) {
  return jwt.sign({ sub: user.id, role: user.role }, JWT_SECRET, { expiresIn: '1h' });
}

function readToken(token) {
  return jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'] });
}

function resetToken() {
  return crypto.randomBytes(32).toString('hex');
}

function avatarKey(email) {
  return crypto.createHash('md5').update(email.trim().toLowerCase()).digest('hex'); // ok: weak-hash
}

function inviteCode() {
  return Math.random().toString(36).substring(2, 10).toUpperCase(); // expect: insecure-random
}

module.exports = { verifyLogin, issueToken, readToken, resetToken, avatarKey, inviteCode };
