// corpus: path=lib/security.js
const crypto = require('crypto')
const jwt = require('jsonwebtoken')
const bcrypt = require('bcryptjs')

const ENC_KEY = Buffer.from(process.env.FIELD_KEY_HEX || '', 'hex')
const FIXED_IV = Buffer.alloc(16, 0)

function hashPassword(password) {
  return crypto.createHash('sha1').update(password).digest('hex') // expect: weak-hash
}

async function hashPasswordSafe(password) {
  return bcrypt.hash(password, 12) // ok: weak-hash
}

function etag(body) {
  return crypto.createHash('md5').update(body).digest('base64') // ok: weak-hash
}

function resetToken() {
  return Math.random().toString(36).slice(2) + Date.now().toString(36) // expect: insecure-random
}

function jitter(ms) {
  return ms + Math.floor(Math.random() * 250) // ok: insecure-random
}

function apiKey() {
  return crypto.randomBytes(32).toString('base64url') // ok: insecure-random
}

function encryptField(plain) {
  const cipher = crypto.createCipheriv('aes-256-cbc', ENC_KEY, FIXED_IV) // expect: weak-cipher
  return Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]).toString('base64')
}

function encryptFieldSafe(plain) {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', ENC_KEY, iv) // ok: weak-cipher
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64')
}

function issueSession(user) {
  return jwt.sign({ sub: user.id, role: user.role }, 'change-me-in-prod', { expiresIn: '7d' }) // expect: hardcoded-secret
}

function readSession(token) {
  return jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] }) // ok: jwt-weak
}

function readSessionLoose(token) {
  return jwt.decode(token) // expect: jwt-weak
}

function signWebhook(payload) {
  return crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(payload).digest('hex') // ok: hardcoded-secret
}

function checkWebhook(payload, signature) {
  const expected = signWebhook(payload)
  return expected === signature // expect: timing-unsafe-comparison
}

module.exports = {
  hashPassword, hashPasswordSafe, etag, resetToken, jitter, apiKey,
  encryptField, encryptFieldSafe, issueSession, readSession, readSessionLoose, checkWebhook,
}
