// corpus: path=src/lib/security.js
'use strict'

const crypto = require('node:crypto')
const { promisify } = require('node:util')
const argon2 = require('argon2')

const scrypt = promisify(crypto.scrypt)

const API_KEY_PREFIX = 'shk_'
const RESET_TOKEN_TTL_MS = 30 * 60 * 1000

function randomToken(bytes = 32) {
  return crypto.randomBytes(bytes).toString('base64url')
}

function sha256Hex(value) {
  return crypto.createHash('sha256').update(value).digest('hex')
}

function issueApiKey() {
  const raw = API_KEY_PREFIX + randomToken(24)
  return { raw, prefix: raw.slice(0, 10), hash: sha256Hex(raw) }
}

function sameDigest(a, b) {
  const left = Buffer.from(a, 'hex')
  const right = Buffer.from(b, 'hex')
  return left.length === right.length && crypto.timingSafeEqual(left, right)
}

function apiKeyMatches(raw, storedHash) {
  return sameDigest(sha256Hex(raw), storedHash)
}

function issueResetToken(now = Date.now()) {
  const token = randomToken(32)
  return { token, tokenHash: sha256Hex(token), expiresAt: new Date(now + RESET_TOKEN_TTL_MS) }
}

async function hashPassword(password) {
  return argon2.hash(password, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 })
}

async function verifyPassword(hash, password) {
  try {
    return await argon2.verify(hash, password)
  } catch {
    return false
  }
}

// Kept for accounts created before the argon2 switch; verified once, then rehashed on login.
async function verifyLegacyScrypt(stored, password) {
  const [salt, key] = stored.split(':')
  const derived = await scrypt(password, Buffer.from(salt, 'hex'), 64)
  return crypto.timingSafeEqual(derived, Buffer.from(key, 'hex'))
}

function etag(body) {
  return `W/"${crypto.createHash('sha1').update(body).digest('base64url')}"` // ok: weak-hash
}

function contentAddress(buffer) {
  return crypto.createHash('md5').update(buffer).digest('hex') // ok: weak-hash
}

function signWebhook(secret, timestamp, body) {
  return crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')
}

function verifyWebhook(secret, header, body, toleranceSec = 300) {
  const parts = Object.fromEntries(header.split(',').map((kv) => kv.split('=')))
  const timestamp = Number(parts.t)
  if (!Number.isFinite(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > toleranceSec) return false
  return sameDigest(signWebhook(secret, timestamp, body), parts.v1 || '')
}

function encryptField(key, plaintext) {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv)
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64')
}

function decryptField(key, encoded) {
  const raw = Buffer.from(encoded, 'base64')
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12))
  decipher.setAuthTag(raw.subarray(12, 28))
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')
}

function cspNonce() {
  return crypto.randomBytes(16).toString('base64')
}

function sampleForTracing(rate) {
  return Math.random() < rate // ok: insecure-random
}

module.exports = {
  randomToken,
  sha256Hex,
  issueApiKey,
  apiKeyMatches,
  issueResetToken,
  hashPassword,
  verifyPassword,
  verifyLegacyScrypt,
  etag,
  contentAddress,
  signWebhook,
  verifyWebhook,
  encryptField,
  decryptField,
  cspNonce,
  sampleForTracing,
}
