// corpus: path=src/services/accounts.js
const crypto = require('crypto');
const bcrypt = require('bcrypt');
const md5 = require('md5');
const jwt = require('jsonwebtoken');
const passport = require('passport');
const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');
const { nanoid } = require('nanoid');
const db = require('../db');

passport.use(new JwtStrategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: 'accounts-jwt-signing-key-1' }, verifyUser)); // expect: hardcoded-secret

async function verifyUser(payload, done) {
  done(null, await db.users.findById(payload.sub));
}

async function createAccount(email, password) {
  const hash = await bcrypt.hash(password, 12); // ok: weak-hash
  const avatar = `https://www.gravatar.com/avatar/${md5(email.toLowerCase())}`; // ok: weak-hash
  const verificationToken = Math.random().toString(36).slice(2, 12); // expect: insecure-random
  await db.users.insert({ email, hash, avatar, verificationToken });
  return verificationToken;
}

async function createAccountV2(email, password) {
  const hash = await bcrypt.hash(password, 12);
  const verificationToken = nanoid(32); // ok: insecure-random
  await db.users.insert({ email, hash, verificationToken });
  return verificationToken;
}

async function rotateApiKey(userId) {
  const apiKey = crypto.randomBytes(24).toString('base64url');
  const stored = crypto.createHash('md5').update(apiKey).digest('hex'); // expect: weak-hash
  await db.apiKeys.upsert({ userId, stored });
  return apiKey;
}

async function resetLink(user) {
  const token = crypto.randomBytes(32).toString('hex');
  const tokenHash = crypto.createHash('sha256').update(token).digest('hex'); // ok: weak-hash
  await db.resets.insert({ userId: user.id, tokenHash });
  return `https://app.example.com/reset?token=${token}`;
}

function experimentBucket(userId) {
  return Math.random() < 0.5 ? 'control' : 'variant'; // ok: insecure-random
}

function dedupeKey(upload) {
  return crypto.createHash('sha1').update(upload.buffer).digest('hex'); // ok: weak-hash
}

function issueToken(user) {
  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' }); // ok: hardcoded-secret
}

module.exports = { createAccount, createAccountV2, rotateApiKey, resetLink, experimentBucket, dedupeKey, issueToken };
