// corpus: path=src/logger.js
'use strict'

const pino = require('pino')
const config = require('./config')

const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.passwordConfirmation',
  '*.token',
  '*.apiKey',
  '*.cardNumber',
  '*.cvc',
]

const logger = pino({
  level: config.logLevel,
  base: { service: 'shop-api', env: config.env },
  redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  timestamp: pino.stdTimeFunctions.isoTime,
  transport: config.isProd ? undefined : { target: 'pino-pretty', options: { colorize: true } },
})

function requestLogger() {
  return (req, res, next) => {
    const started = process.hrtime.bigint()
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      logger.info(
        {
          method: req.method,
          route: req.route ? req.baseUrl + req.route.path : undefined,
          status: res.statusCode,
          ms: Math.round(ms),
          userId: req.user ? req.user.id : undefined,
          requestId: req.id,
        },
        'request finished',
      )
    })
    next()
  }
}

function logLogin(user, { method, success, ip }) {
  logger.info({ userId: user && user.id, method, success, ip }, success ? 'login succeeded' : 'login failed')
}

function logPasswordReset(user) {
  logger.info({ userId: user.id, passwordChangedAt: user.passwordChangedAt }, 'password reset completed') // ok: sensitive-logging
}

function logTokenRefresh(session) {
  logger.debug({ sessionId: session.id, tokenExpiresAt: session.expiresAt, tokenType: 'refresh' }, 'token refreshed') // ok: sensitive-logging
}

function logApiKeyUse(key) {
  logger.info({ keyId: key.id, keyPrefix: key.prefix, lastUsedAt: key.lastUsedAt }, 'api key used') // ok: sensitive-logging
}

module.exports = logger
module.exports.requestLogger = requestLogger
module.exports.logLogin = logLogin
module.exports.logPasswordReset = logPasswordReset
module.exports.logTokenRefresh = logTokenRefresh
module.exports.logApiKeyUse = logApiKeyUse
