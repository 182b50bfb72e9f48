// corpus: path=src/auth/utils.js
const crypto = require('node:crypto')
const { createHash, randomBytes } = require('crypto')
const bcrypt = require('bcryptjs')

function hashPassword(password) {
  return bcrypt.hash(password, 12) // ok: weak-hash
}

function legacyPasswordHash(password, salt) {
  return crypto.createHash('md5').update(salt + password).digest('hex') // expect: weak-hash
}

function apiKeyFingerprint(key) {
  const h = createHash('sha1') // expect: weak-hash
  h.update(key) // also: weak-hash
  return h.digest('hex')
}

function signRequest(secret, body) {
  return crypto.createHmac('sha256', secret).update(body).digest('base64') // ok: weak-hash
}

function assetEtag(buffer) {
  return createHash('md5').update(buffer).digest('base64url') // ok: weak-hash
}

function resetToken() {
  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2) // expect: insecure-random
}

function secureToken() {
  return randomBytes(32).toString('hex') // ok: insecure-random
}

function verificationCode() {
  return String(Math.floor(100000 + Math.random() * 900000)) // expect: insecure-random
}

function pickAvatarColor(colors) {
  return colors[Math.floor(Math.random() * colors.length)] // ok: insecure-random
}

function encryptLegacy(text, key) {
  const cipher = crypto.createCipheriv('des-ede3', key, null) // expect: weak-cipher
  return Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]).toString('base64')
}

function encryptRecord(text, key) {
  const iv = randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv) // ok: weak-cipher
  const enc = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), enc]).toString('base64')
}

function encryptBlock(buf, key) {
  const cipher = crypto.createCipheriv('aes-128-ecb', key, null) // expect: weak-cipher
  return Buffer.concat([cipher.update(buf), cipher.final()])
}

function obfuscate(buf, key) {
  const cipher = crypto.createCipheriv('rc4', key, '') // expect: weak-cipher
  return cipher.update(buf)
}

module.exports = {
  hashPassword,
  legacyPasswordHash,
  apiKeyFingerprint,
  signRequest,
  assetEtag,
  resetToken,
  secureToken,
  verificationCode,
  pickAvatarColor,
  encryptLegacy,
  encryptRecord,
  encryptBlock,
  obfuscate,
}
