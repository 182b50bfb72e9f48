// corpus: path=server/lib/session.js
'use strict'

const crypto = require('crypto')
const jwt = require('jsonwebtoken')
const { promisify } = require('util')
const config = require('../config')

const scrypt = promisify(crypto.scrypt)
const TOKEN_TTL = '2h'

function newSessionId() {
  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2) // expect: insecure-random
}

function newCsrfToken() {
  return crypto.randomBytes(32).toString('hex') // ok: insecure-random
}

function jitter(ms) {
  return ms + Math.floor(Math.random() * 250)
}

async function hashPassword(password) {
  const salt = crypto.randomBytes(16)
  const key = await scrypt(password, salt, 64)
  return `${salt.toString('hex')}:${key.toString('hex')}`
}

function legacyPasswordMatches(password, stored) {
  const digest = crypto.createHash('sha1').update(password).digest('hex') // expect: weak-hash
  return crypto.timingSafeEqual(Buffer.from(digest), Buffer.from(stored))
}

function cacheKey(parts) {
  return crypto.createHash('sha1').update(parts.join('|')).digest('hex')
}

function issueToken(user) {
  return jwt.sign({ sub: user.id, role: user.role }, config.jwtSecret, { expiresIn: TOKEN_TTL })
}

function legacyAuthenticate(req, res, next) {
  const token = req.cookies.legacy_token
  if (!token) return res.status(401).end()
  req.user = jwt.decode(token) // expect: jwt-weak
  return next()
}

function verifyToken(token) {
  return jwt.verify(token, config.jwtSecret, { algorithms: ['HS256'] }) // ok: jwt-weak
}

function setSessionCookie(res, sessionId) {
  res.cookie('sid', sessionId, { httpOnly: false, sameSite: 'lax', maxAge: 2 * 60 * 60 * 1000 }) // expect: insecure-cookie
}

function setPreferenceCookie(res, theme) {
  res.cookie('theme', theme, { sameSite: 'lax', maxAge: 365 * 24 * 60 * 60 * 1000 })
}

function authenticate(req, res, next) {
  const header = req.get('authorization') || ''
  const token = header.startsWith('Bearer ') ? header.slice(7) : req.cookies.token
  if (!token) return res.status(401).json({ error: 'unauthenticated' })
  try {
    req.user = verifyToken(token)
    return next()
  } catch (err) {
    return res.status(401).json({ error: 'invalid token' })
  }
}

module.exports = { newSessionId, newCsrfToken, jitter, hashPassword, legacyPasswordMatches, cacheKey, issueToken, legacyAuthenticate, verifyToken, setSessionCookie, setPreferenceCookie, authenticate }
