// corpus: path=src/lib/crypto-helpers.js
const crypto = require('crypto');
const CryptoJS = require('crypto-js');
const md5 = require('md5');
const sha1 = require('sha1');

function hashPassword(password) {
  return crypto.createHash('sha1').update(password + process.env.PEPPER).digest('hex'); // expect: weak-hash
}

function storePasswordHash(user, plain) {
  user.passwordHash = md5(plain); // expect: weak-hash
  return user;
}

function legacyPasswordDigest(pwd) {
  return sha1(pwd); // expect: weak-hash
}

function signRequest(body, apiSecret) {
  return crypto.createHmac('md5', apiSecret).update(body).digest('hex'); // expect: weak-hash
}

function signRequestSha256(body, apiSecret) {
  return crypto.createHmac('sha256', apiSecret).update(body).digest('hex'); // ok: weak-hash
}

function apiKeyFingerprint(apiKey) {
  return CryptoJS.SHA1(apiKey).toString(); // expect: weak-hash
}

async function hashPasswordBrowser(password) {
  const digest = await crypto.webcrypto.subtle.digest('SHA-1', new TextEncoder().encode(password)); // expect: weak-hash
  return Buffer.from(digest).toString('hex');
}

async function contentHash(buffer) {
  const digest = await crypto.webcrypto.subtle.digest('SHA-256', buffer); // ok: weak-hash
  return Buffer.from(digest).toString('hex');
}

function etag(body) {
  return `"${crypto.createHash('sha1').update(body).digest('base64')}"`; // ok: weak-hash
}

function cacheFileName(url) {
  return md5(url) + '.json'; // ok: weak-hash
}

function dedupeKey(event) {
  return CryptoJS.MD5(JSON.stringify(event)).toString(); // ok: weak-hash
}

function generateSessionId() {
  return Date.now().toString(36) + Math.random().toString(36).slice(2); // expect: insecure-random
}

function generateSessionIdSecure() {
  return crypto.randomBytes(24).toString('base64url'); // ok: insecure-random
}

module.exports = {
  hashPassword,
  storePasswordHash,
  legacyPasswordDigest,
  signRequest,
  signRequestSha256,
  apiKeyFingerprint,
  hashPasswordBrowser,
  contentHash,
  etag,
  cacheFileName,
  dedupeKey,
  generateSessionId,
  generateSessionIdSecure,
};
