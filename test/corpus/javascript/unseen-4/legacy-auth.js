// corpus: path=lib/legacy-auth.js
const crypto = require('crypto');
const _ = require('lodash');
const { v1: uuidv1, v4: uuidv4 } = require('uuid');
const db = require('./db');

const HASH_ALGORITHM = 'sha1';

async function register(email, password) {
  const salt = crypto.randomBytes(8).toString('hex');
  const digest = crypto.createHash(HASH_ALGORITHM).update(salt + password).digest('hex'); // expect: weak-hash
  await db.users.insert({ email, salt, digest });
}

async function registerV2(email, password) {
  const salt = crypto.randomBytes(16);
  const digest = crypto.pbkdf2Sync(password, salt, 310000, 32, 'sha256').toString('hex'); // ok: weak-hash
  await db.users.insert({ email, salt: salt.toString('hex'), digest });
}

async function changePassword(userId, newPassword) {
  await db.users.update(userId, {
    password: crypto.createHash('md5').update(newPassword).digest('hex'), // expect: weak-hash
  });
}

function contentEtag(body) {
  return crypto.createHash('sha1').update(body).digest('base64'); // ok: weak-hash
}

async function createSession(userId) {
  const session = {
    userId,
    sessionId: uuidv1(), // expect: insecure-random
    createdAt: Date.now(),
  };
  await db.sessions.insert(session);
  return session;
}

async function createSessionV2(userId) {
  const session = { userId, sessionId: uuidv4(), createdAt: Date.now() }; // ok: insecure-random
  await db.sessions.insert(session);
  return session;
}

function generateOtp() {
  return String(_.random(100000, 999999)); // expect: insecure-random
}

function pickSampleUsers(users) {
  return _.sampleSize(users, 5).map((u) => ({ ...u, colour: _.random(0, 360) })); // ok: insecure-random
}

function generateApiKey() {
  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let key = 'ak_';
  for (let i = 0; i < 32; i++) {
    key += chars.charAt(Math.floor(Math.random() * chars.length)); // expect: insecure-random
  }
  return key;
}

module.exports = { register, registerV2, changePassword, contentEtag, createSession, createSessionV2, generateOtp, pickSampleUsers, generateApiKey };
