const bcrypt = require('bcryptjs');
const jwt = require('jsonwebtoken');
const crypto = require('crypto');
const { User } = require('../models');

const JWT_SECRET = process.env.JWT_SECRET;

async function verifyLogin(email, password) {
  const user = await User.findOne({ where: { email } });
  if (!user) return null;
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

module.exports = { verifyLogin, issueToken, readToken, resetToken };
