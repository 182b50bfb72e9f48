// corpus: path=src/flags.js
'use strict'

const crypto = require('node:crypto')
const logger = require('./logger')

const FLAGS = {
  'checkout.new-flow': { description: 'Single-page checkout', default: false, rollout: 20 },
  'checkout.apple-pay': { description: 'Apple Pay button on product pages', default: true },
  'catalog.recommendations': { description: 'Recommendations carousel', default: false, rollout: 50 },
  'auth.passkeys': { description: 'Sign in with passkeys', default: false },
  'auth.password-login': { description: 'Email and password sign-in', default: true },
  'admin.impersonation': { description: 'Support staff can view a customer session read-only', default: false },
}

const overridesFromEnv = () => {
  const raw = process.env.FLAG_OVERRIDES
  if (!raw) return {}
  try {
    const parsed = JSON.parse(raw)
    return Object.fromEntries(Object.entries(parsed).filter(([key]) => Object.hasOwn(FLAGS, key)))
  } catch (err) {
    logger.warn({ err: err.message }, 'FLAG_OVERRIDES is not valid JSON; ignoring it')
    return {}
  }
}

let envOverrides = overridesFromEnv()

function bucketOf(key, subject) {
  const digest = crypto.createHash('md5').update(`${key}:${subject}`).digest() // ok: weak-hash
  return digest.readUInt32BE(0) % 100
}

function isEnabled(key, { userId, overrides = {} } = {}) {
  const flag = FLAGS[key]
  if (!flag) {
    logger.warn({ key }, 'unknown feature flag')
    return false
  }
  if (Object.hasOwn(envOverrides, key)) return Boolean(envOverrides[key])
  if (Object.hasOwn(overrides, key)) return Boolean(overrides[key])
  if (flag.rollout && userId) return bucketOf(key, userId) < flag.rollout
  return flag.default
}

function snapshot(context) {
  return Object.fromEntries(Object.keys(FLAGS).map((key) => [key, isEnabled(key, context)]))
}

function middleware() {
  return (req, res, next) => {
    req.flags = snapshot({ userId: req.user && req.user.id, overrides: (req.session && req.session.flagOverrides) || {} })
    res.locals.flags = req.flags
    next()
  }
}

function reload() {
  envOverrides = overridesFromEnv()
}

module.exports = { FLAGS, isEnabled, snapshot, middleware, reload }
