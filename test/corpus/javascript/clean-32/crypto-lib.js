// corpus: path=src/lib/crypto.js
'use strict'

const crypto = require('node:crypto')
const { promisify } = require('node:util')
const argon2 = require('argon2')

const scrypt = promisify(crypto.scrypt)
const TOKEN_BYTES = 32
const PAT_PREFIX = 'pat_'
const ENCRYPTION_ALGORITHM = 'aes-256-gcm'

function randomToken(bytes = TOKEN_BYTES) {
  return crypto.randomBytes(bytes).toString('base64url')
}

function newPersonalAccessToken() {
  const raw = PAT_PREFIX + randomToken()
  return { raw, hash: hashToken(raw), last4: raw.slice(-4) }
}

// Tokens carry 256 bits of entropy, so a fast hash is enough to store them: there is nothing to brute-force.
function hashToken(raw) {
  return crypto.createHash('sha256').update(raw).digest('hex')
}

function safeEqual(a, b) {
  const left = Buffer.from(String(a))
  const right = Buffer.from(String(b))
  return left.length === right.length && crypto.timingSafeEqual(left, right)
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

async function legacyVerify(stored, password) {
  const [salt, key] = stored.split(':')
  const derived = await scrypt(password, Buffer.from(salt, 'hex'), 64)
  return safeEqual(derived.toString('hex'), key)
}

function encryptionKey(secret) {
  return crypto.createHash('sha256').update(secret).digest()
}

function encrypt(plaintext, secret) {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv(ENCRYPTION_ALGORITHM, encryptionKey(secret), iv)
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return [iv, cipher.getAuthTag(), ciphertext].map((b) => b.toString('base64url')).join('.')
}

function decrypt(payload, secret) {
  const [iv, tag, ciphertext] = payload.split('.').map((part) => Buffer.from(part, 'base64url'))
  const decipher = crypto.createDecipheriv(ENCRYPTION_ALGORITHM, encryptionKey(secret), iv)
  decipher.setAuthTag(tag)
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8')
}

function gravatarUrl(email, size = 80) {
  const hash = crypto.createHash('md5').update(email.trim().toLowerCase()).digest('hex') // ok: weak-hash
  return `https://www.gravatar.com/avatar/${hash}?s=${Number(size)}&d=identicon`
}

function etag(body) {
  return `W/"${crypto.createHash('sha1').update(body).digest('base64url').slice(0, 27)}"` // ok: weak-hash
}

function shardFor(key, shards) {
  const digest = crypto.createHash('md5').update(String(key)).digest() // ok: weak-hash
  return digest.readUInt32BE(0) % shards
}

function requestId() {
  return crypto.randomUUID()
}

module.exports = {
  randomToken,
  newPersonalAccessToken,
  hashToken,
  safeEqual,
  hashPassword,
  verifyPassword,
  legacyVerify,
  encrypt,
  decrypt,
  gravatarUrl,
  etag,
  shardFor,
  requestId,
}
