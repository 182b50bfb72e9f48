// corpus: path=src/services/auth.js
const crypto = require('crypto')
const jwt = require('jsonwebtoken')
const bcrypt = require('bcryptjs')
const { db } = require('../db')

const JWT_SECRET = process.env.JWT_SECRET
const REFRESH_SECRET = 'r3fr3sh-9f8a7c6e5d4b3a2f1e0d' // expect: hardcoded-secret
const TOKEN_TTL = '15m'

function issueTokens(user) {
  const access = jwt.sign({ sub: user.id, role: user.role }, JWT_SECRET, { expiresIn: TOKEN_TTL }) // ok: hardcoded-secret
  const refresh = jwt.sign({ sub: user.id }, REFRESH_SECRET, { expiresIn: '30d' })
  return { access, refresh }
}

async function register(email, password) {
  const hash = await bcrypt.hash(password, 12)
  return db.users.insert({ email, password_hash: hash })
}

async function legacyLogin(email, password) {
  const user = await db.users.findByEmail(email)
  if (!user) return null
  const digest = crypto.createHash('sha1').update(password).digest('hex') // expect: weak-hash
  if (digest !== user.legacy_hash) return null
  return issueTokens(user)
}

function avatarCacheKey(url) {
  return crypto.createHash('md5').update(url).digest('hex') // ok: weak-hash
}

function createResetToken() {
  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2) // expect: insecure-random
}

function retryDelay(attempt) {
  return Math.min(30000, 2 ** attempt * 100) + Math.floor(Math.random() * 250) // ok: insecure-random
}

function createApiKey() {
  return 'ak_' + crypto.randomBytes(24).toString('base64url') // ok: insecure-random
}

function verifyAccess(token) {
  return jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'] }) // ok: jwt-weak
}

function readRefresh(token) {
  const claims = jwt.decode(token) // expect: jwt-weak
  return claims && claims.sub
}

function checkServiceKey(req) {
  return req.get('x-service-key') === process.env.SERVICE_KEY // expect: timing-unsafe-comparison
}

function checkSignature(body, header) {
  const expected = crypto.createHmac('sha256', process.env.HOOK_SECRET).update(body).digest('hex')
  const given = Buffer.from(String(header || ''), 'utf8')
  const want = Buffer.from(expected, 'utf8')
  return given.length === want.length && crypto.timingSafeEqual(given, want) // ok: timing-unsafe-comparison
}

function matchesPromo(product, req) {
  return product.code !== req.query.code ? null : product // ok: timing-unsafe-comparison
}

function encryptNote(plain) {
  const key = crypto.scryptSync(process.env.NOTES_KEY, 'notes', 24)
  const cipher = crypto.createCipheriv('des-ede3-cbc', key, crypto.randomBytes(8)) // expect: weak-cipher
  return Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]).toString('base64')
}

function encryptToken(plain) {
  const iv = crypto.randomBytes(12)
  const key = Buffer.from(process.env.TOKEN_KEY, 'base64')
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv) // ok: weak-cipher
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64url')
}

module.exports = {
  register,
  legacyLogin,
  avatarCacheKey,
  createResetToken,
  retryDelay,
  createApiKey,
  verifyAccess,
  readRefresh,
  checkServiceKey,
  checkSignature,
  matchesPromo,
  encryptNote,
  encryptToken,
}
