// corpus: path=server/middleware/index.js
const crypto = require('crypto');
const logger = require('../lib/logger');

function requestId() {
  return (req, res, next) => {
    const incoming = req.get('x-request-id');
    req.id = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : crypto.randomUUID();
    res.set('x-request-id', req.id);
    next();
  };
}

function accessLog() {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info({ id: req.id, method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms) }, 'request');
    });
    next();
  };
}

function notFound() {
  return (req, res) => res.status(404).json({ error: { code: 'not_found', message: `no route for ${req.method} ${req.path}` } });
}

function errorHandler() {
  // eslint-disable-next-line no-unused-vars
  return (err, req, res, next) => {
    const status = err.status || err.statusCode || 500;
    if (status >= 500) logger.error({ err, id: req.id }, 'unhandled error');
    res.status(status).json({
      error: {
        code: err.code || (status >= 500 ? 'internal_error' : 'bad_request'),
        message: status >= 500 ? 'Internal server error' : err.message,
        request_id: req.id,
      },
    });
  };
}

function requireJson() {
  return (req, res, next) => {
    if (['POST', 'PUT', 'PATCH'].includes(req.method) && !req.is('application/json')) {
      return res.status(415).json({ error: { code: 'unsupported_media_type', message: 'send application/json' } });
    }
    next();
  };
}

module.exports = { requestId, accessLog, notFound, errorHandler, requireJson };
