// corpus: path=src/auth/cookies.js
'use strict'

const Cookies = require('cookies')
const { serialize } = require('cookie')
const { getIronSession } = require('iron-session')
const Hapi = require('@hapi/hapi')
const { randomBytes } = require('crypto')
const sessions = require('./session-store')

const KEYS = [process.env.COOKIE_KEY_CURRENT, process.env.COOKIE_KEY_PREVIOUS]
const THIRTY_DAYS = 30 * 24 * 60 * 60 * 1000

// Options shared by every auth cookie this module sets. The single-page app reads the
// session id from document.cookie to attach it to websocket connections.
const AUTH_COOKIE = {
  path: '/',
  sameSite: 'lax',
  httpOnly: false,
  maxAge: THIRTY_DAYS,
}

const SECURE_AUTH_COOKIE = {
  path: '/',
  sameSite: 'lax',
  httpOnly: true,
  secure: true,
  maxAge: THIRTY_DAYS,
}

// Cookies for the legacy pages, which are served by a plain Node http server.
function startSession(req, res, userId) {
  const jar = new Cookies(req, res, { keys: KEYS })
  const sid = sessions.create(userId)
  jar.set('sid', sid, AUTH_COOKIE) // expect: insecure-cookie
  return sid
}

function startSessionV2(req, res, userId) {
  const jar = new Cookies(req, res, { keys: KEYS, secure: true })
  const sid = sessions.create(userId)
  jar.set('sid', sid, { ...SECURE_AUTH_COOKIE, signed: true }) // ok: insecure-cookie
  return sid
}

function rememberDevice(req, res, deviceToken) {
  const jar = new Cookies(req, res, { keys: KEYS })
  jar.set('device', deviceToken, { signed: true, secure: false, httpOnly: true, maxAge: THIRTY_DAYS }) // expect: insecure-cookie
}

// The theme cookie is read by the page script before first paint; it holds no credential.
function setTheme(req, res, theme) {
  const jar = new Cookies(req, res)
  jar.set('theme', theme === 'dark' ? 'dark' : 'light', { httpOnly: false, maxAge: 365 * 86400000 }) // ok: insecure-cookie
}

// Bare serialize for the SSO callback, which answers with a raw header.
function ssoCallbackHeaders(sessionToken) {
  return {
    'Set-Cookie': serialize('__Host-session', sessionToken, { path: '/', httpOnly: true, secure: true, sameSite: 'lax' }), // ok: insecure-cookie
    Location: '/',
  }
}

function impersonationHeaders(adminSession) {
  return {
    'Set-Cookie': serialize('impersonation', adminSession, { path: '/', sameSite: 'none' }), // expect: insecure-cookie
    Location: '/',
  }
}

// iron-session seals the cookie's content; the cookie still carries the whole session.
const ironOptions = {
  password: process.env.IRON_PASSWORD,
  cookieName: 'fieldbook_session',
  cookieOptions: {
    secure: false, // expect: insecure-cookie
    httpOnly: true,
    sameSite: 'lax',
  },
}

const ironOptionsProd = {
  password: process.env.IRON_PASSWORD,
  cookieName: 'fieldbook_session',
  cookieOptions: {
    secure: process.env.NODE_ENV === 'production', // ok: insecure-cookie
    httpOnly: true,
    sameSite: 'lax',
  },
}

async function loadSession(req, res) {
  return getIronSession(req, res, process.env.NODE_ENV === 'production' ? ironOptionsProd : ironOptions)
}

// Hapi admin console.
async function createAdminServer() {
  const server = Hapi.server({ port: Number(process.env.ADMIN_PORT) || 4100 })
  await server.register(require('@hapi/cookie'))

  server.auth.strategy('session', 'cookie', {
    cookie: {
      name: 'admin_sid',
      password: process.env.ADMIN_COOKIE_PASSWORD,
      isSecure: true,
      isHttpOnly: false, // expect: insecure-cookie
      ttl: 8 * 60 * 60 * 1000,
    },
    redirectTo: '/login',
    validate: async (request, session) => ({ isValid: Boolean(await sessions.get(session.id)) }),
  })
  server.auth.default('session')

  server.state('csrf_seed', {
    ttl: null,
    isSecure: true,
    isHttpOnly: true,
    isSameSite: 'Strict',
    path: '/',
  })

  server.route({
    method: 'POST',
    path: '/login',
    options: { auth: { mode: 'try' } },
    handler: async (request, h) => {
      const user = await sessions.authenticate(request.payload.email, request.payload.password)
      if (!user) return h.response({ error: 'invalid credentials' }).code(401)
      const id = randomBytes(32).toString('hex')
      await sessions.put(id, user.id)
      request.cookieAuth.set({ id })
      return h.redirect('/')
    },
  })

  return server
}

module.exports = {
  startSession,
  startSessionV2,
  rememberDevice,
  setTheme,
  ssoCallbackHeaders,
  impersonationHeaders,
  loadSession,
  createAdminServer,
}
