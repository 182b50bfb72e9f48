// corpus: path=src/middleware/auth.js
'use strict'

const jwt = require('jsonwebtoken')
const createError = require('http-errors')
const config = require('../config')
const logger = require('../logger')
const { ApiToken, User } = require('../models')
const { hashToken } = require('../lib/crypto')

const BEARER_PREFIX = 'Bearer '
const SESSION_COOKIE = 'sid'

const cookieOptions = {
  httpOnly: true,
  secure: config.env !== 'development',
  sameSite: 'lax',
  maxAge: 1000 * 60 * 60 * 12,
  path: '/',
}

function readBearer(req) {
  const header = req.get('authorization') || ''
  if (!header.startsWith(BEARER_PREFIX)) return null
  return header.slice(BEARER_PREFIX.length).trim() || null
}

async function authenticateToken(raw) {
  if (raw.startsWith('pat_')) {
    const token = await ApiToken.query().findOne({ token_hash: hashToken(raw) }).whereNull('revoked_at')
    if (!token || (token.expires_at && token.expires_at < new Date())) return null
    await ApiToken.query().patch({ last_used_at: new Date() }).where({ id: token.id })
    return { userId: token.user_id, scopes: token.scopes, via: 'token' }
  }
  try {
    const payload = jwt.verify(raw, config.jwt.publicKey, {
      algorithms: ['RS256'],
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
    })
    return { userId: payload.sub, scopes: payload.scope ? payload.scope.split(' ') : [], via: 'jwt' }
  } catch (err) {
    logger.debug({ reason: err.name }, 'bearer token rejected')
    return null
  }
}

function authenticate({ optional = false } = {}) {
  return async function authenticateMiddleware(req, res, next) {
    try {
      let identity = null
      const bearer = readBearer(req)
      if (bearer) {
        identity = await authenticateToken(bearer)
      } else if (req.session && req.session.userId) {
        identity = { userId: req.session.userId, scopes: ['*'], via: 'session' }
      }
      if (!identity) {
        if (optional) return next()
        return next(createError(401, 'Authentication required'))
      }
      const user = await User.query().findById(identity.userId)
      if (!user || user.disabled_at) return next(createError(401, 'Authentication required'))
      req.user = user
      req.auth = identity
      res.locals.currentUser = { id: user.id, name: user.display_name }
      return next()
    } catch (err) {
      return next(err)
    }
  }
}

function requireScope(scope) {
  return function requireScopeMiddleware(req, res, next) {
    const scopes = (req.auth && req.auth.scopes) || []
    if (scopes.includes('*') || scopes.includes(scope)) return next()
    logger.info({ userId: req.user && req.user.id, scope }, 'missing scope')
    return next(createError(403, `Missing scope ${scope}`))
  }
}

async function login(req, res, user) {
  await new Promise((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())))
  req.session.userId = user.id // ok: trust-boundary
  req.session.loggedInAt = Date.now()
  res.cookie('last_login', new Date().toISOString(), { ...cookieOptions, httpOnly: false }) // ok: insecure-cookie
  logger.info({ userId: user.id }, 'session started')
}

function logout(req, res, next) {
  const userId = req.session && req.session.userId
  req.session.destroy((err) => {
    if (err) return next(err)
    res.clearCookie(SESSION_COOKIE, { path: '/' })
    logger.info({ userId }, 'session ended')
    return res.redirect('/login') // ok: open-redirect
  })
}

function issueAccessToken(user, scopes) {
  return jwt.sign({ scope: scopes.join(' ') }, config.jwt.privateKey, {
    algorithm: 'RS256',
    subject: String(user.id),
    issuer: config.jwt.issuer,
    audience: config.jwt.audience,
    expiresIn: '15m',
  })
}

module.exports = { authenticate, requireScope, login, logout, issueAccessToken, cookieOptions }
