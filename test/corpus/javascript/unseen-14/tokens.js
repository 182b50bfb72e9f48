// corpus: path=src/services/tokens.js
const crypto = require('crypto')
const jwt = require('jsonwebtoken')

const config = require('../config')

const INVITE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

function inviteCode(length = 10) {
  let code = ''
  for (let i = 0; i < length; i++) {
    code += INVITE_ALPHABET[Math.floor(Math.random() * INVITE_ALPHABET.length)] // expect: insecure-random
  }
  return code
}

function sessionId() {
  return crypto.randomBytes(32).toString('hex') // ok: insecure-random
}

function backoffMs(attempt) {
  return Math.min(30000, 2 ** attempt * 100) + Math.floor(Math.random() * 100) // ok: insecure-random
}

function hashPassword(password, salt) {
  return crypto.createHash('sha1').update(salt + password).digest('hex') // expect: weak-hash
}

function gravatarUrl(email) {
  const digest = crypto.createHash('md5').update(email.trim().toLowerCase()).digest('hex') // ok: weak-hash
  return `https://www.gravatar.com/avatar/${digest}?d=identicon`
}

function signAccessToken(user) {
  return jwt.sign({ sub: user.id, role: user.role }, config.jwt.secret, {
    expiresIn: config.jwt.expiresIn,
    issuer: config.jwt.issuer,
    audience: config.jwt.audience,
  })
}

function verifyAccessToken(token) {
  return jwt.verify(token, config.jwt.secret, { algorithms: ['HS256'], issuer: config.jwt.issuer }) // ok: jwt-weak
}

function userFromToken(token) {
  const claims = jwt.decode(token) // expect: jwt-weak
  return { id: claims.sub, role: claims.role }
}

function etag(body) {
  return `"${crypto.createHash('sha1').update(body).digest('base64')}"` // ok: weak-hash
}

module.exports = { inviteCode, sessionId, backoffMs, hashPassword, gravatarUrl, signAccessToken, verifyAccessToken, userFromToken, etag }
