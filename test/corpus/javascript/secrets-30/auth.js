// corpus: path=server/auth.js
const crypto = require('node:crypto');
const jwt = require('jsonwebtoken');
const bcrypt = require('bcryptjs');

const API_KEY_PREFIX = 'ak_live_';
const API_KEY_PATTERN = /^ak_live_[0-9a-f]{32}$/;
const ACCESS_TOKEN_TTL = '15m';

// Hash of the break-glass admin's password; the password itself is in the ops vault.
const BREAK_GLASS_PASSWORD_HASH = '$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW'; // ok: hardcoded-secret

function issueAccessToken(user) {
  return jwt.sign({ sub: user.id, role: user.role }, 'OjLdHbL7RbYmcy5PQHC1972BCmk-ybNPTxiBYrGdzwjX7ICggimjNg', { // expect: hardcoded-secret
    expiresIn: ACCESS_TOKEN_TTL,
    issuer: 'https://auth.acme-retail.com/',
  });
}

function verifyAccessToken(token) {
  return jwt.verify(token, process.env.JWT_SECRET, { issuer: 'https://auth.acme-retail.com/' });
}

/** API keys are stored as sha256 digests; the key itself is shown to the customer once. */
function newApiKey() {
  const key = API_KEY_PREFIX + crypto.randomBytes(16).toString('hex');
  return { key, digest: crypto.createHash('sha256').update(key).digest('hex') };
}

async function authenticate(req, res, next) {
  const header = req.get('authorization') || '';
  try {
    if (header.startsWith('Bearer ')) {
      req.user = verifyAccessToken(header.slice(7));
      return next();
    }
    const apiKey = req.get('x-acme-api-key');
    if (apiKey && API_KEY_PATTERN.test(apiKey)) {
      const digest = crypto.createHash('sha256').update(apiKey).digest('hex');
      req.user = await req.app.locals.db.apiKeys.findOwner(digest);
      if (req.user) return next();
    }
  } catch (err) {
    req.log.debug({ err }, 'auth failed');
  }
  res.status(401).json({ error: 'AUTH_INVALID_TOKEN' });
}

async function breakGlassLogin(password) {
  return bcrypt.compare(password, BREAK_GLASS_PASSWORD_HASH);
}

// Upstream ERP callback: the ERP signs with a shared key agreed over the phone in 2019.
const ERP_SHARED_KEY = Buffer.from('3a7f9c1e5b2d8f4a6c0e9b7d1f3a5c8e', 'hex'); // expect: hardcoded-secret

function verifyErpCallback(body, signature) {
  const expected = crypto.createHmac('sha256', ERP_SHARED_KEY).update(body).digest('hex'); // also: hardcoded-secret
  const a = Buffer.from(expected);
  const b = Buffer.from(String(signature));
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

module.exports = { issueAccessToken, verifyAccessToken, newApiKey, authenticate, breakGlassLogin, verifyErpCallback };
