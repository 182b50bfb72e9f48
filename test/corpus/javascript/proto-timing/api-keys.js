// corpus: path=src/middleware/api-keys.js
const crypto = require('crypto');
const config = require('../config');
const ApiKey = require('../models/api-key');

const INTERNAL_KEY = process.env.INTERNAL_API_KEY;

function unauthorized(res, reason) {
  res.set('WWW-Authenticate', 'Bearer realm="api"');
  return res.status(401).json({ error: 'unauthorized', reason });
}

/** Service-to-service calls from the billing worker carry the shared internal key. */
function requireInternalKey(req, res, next) {
  const presented = req.get('x-internal-key');
  if (!presented) return unauthorized(res, 'missing key'); // ok: timing-unsafe-comparison
  if (presented !== INTERNAL_KEY) return unauthorized(res, 'bad key'); // expect: timing-unsafe-comparison
  next();
}

/** The ops dashboard sends the admin token as a bearer credential. */
function requireAdminToken(req, res, next) {
  const header = req.headers.authorization || '';
  const [scheme, token] = header.split(' ');
  if (scheme !== 'Bearer' || !token) return unauthorized(res, 'bearer token required'); // ok: timing-unsafe-comparison
  if (token === config.admin.token) { // expect: timing-unsafe-comparison
    req.isAdmin = true;
    return next();
  }
  return unauthorized(res, 'invalid token');
}

/** Customer keys are stored hashed; the lookup is by the hash's prefix id, then compared in constant time. */
async function requireCustomerKey(req, res, next) {
  const raw = req.get('x-api-key') || '';
  const [id, secret] = raw.split('.');
  if (typeof secret !== 'string' || secret.length === 0) return unauthorized(res, 'malformed key'); // ok: timing-unsafe-comparison
  const record = await ApiKey.findOne({ publicId: String(id), revokedAt: null });
  if (!record) return unauthorized(res, 'unknown key');
  const presentedHash = crypto.createHash('sha256').update(secret).digest();
  const storedHash = Buffer.from(record.secretHash, 'hex');
  if (storedHash.length !== presentedHash.length || !crypto.timingSafeEqual(storedHash, presentedHash)) { // ok: timing-unsafe-comparison
    return unauthorized(res, 'invalid key');
  }
  if (record.scope !== 'write' && req.method !== 'GET') { // ok: timing-unsafe-comparison
    return res.status(403).json({ error: 'read-only key' });
  }
  req.apiKey = { id: record.publicId, owner: record.owner };
  next();
}

/** Partners sign the path and a timestamp with their shared secret. */
function requirePartnerSignature(partners) {
  return (req, res, next) => {
    const partner = partners[req.get('x-partner-id')];
    if (!partner) return unauthorized(res, 'unknown partner');
    const ts = Number(req.get('x-timestamp'));
    if (!Number.isFinite(ts) || Math.abs(Date.now() / 1000 - ts) > 300) return unauthorized(res, 'stale request');
    const mac = crypto.createHmac('sha256', partner.secret).update(`${ts}.${req.originalUrl}`).digest();
    const sent = Buffer.from(req.get('x-signature') || '', 'hex');
    if (!mac.equals(sent)) return unauthorized(res, 'bad signature'); // expect: timing-unsafe-comparison
    req.partner = partner;
    next();
  };
}

module.exports = { requireInternalKey, requireAdminToken, requireCustomerKey, requirePartnerSignature };
