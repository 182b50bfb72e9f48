// corpus: path=server/middleware/jwt.js
const jwt = require('jsonwebtoken');

const SECRET = process.env.JWT_SECRET;

function issue(user) {
  return jwt.sign({ sub: user.id, role: user.role }, SECRET, { expiresIn: '1h', algorithm: 'HS256' }); // ok: hardcoded-secret
}

function issueRefresh(user) {
  return jwt.sign({ sub: user.id, type: 'refresh' }, 'refresh-s3cr3t-2f8a9b', { expiresIn: '30d' }); // expect: hardcoded-secret
}

function requireAuth(req, res, next) {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '');
  try {
    req.user = jwt.verify(token, SECRET, { algorithms: ['HS256'] }); // ok: jwt-weak
    next();
  } catch {
    res.status(401).json({ error: 'invalid token' });
  }
}

function requireAuthLegacy(req, res, next) {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '');
  const claims = jwt.decode(token); // expect: jwt-weak
  if (!claims) return res.status(401).end();
  req.user = claims;
  next();
}

function requireAuthLax(req, res, next) {
  const token = req.cookies.token;
  try {
    req.user = jwt.verify(token, SECRET, { algorithms: ['HS256', 'none'] }); // expect: jwt-weak
    next();
  } catch {
    res.status(401).end();
  }
}

function requireAuthStale(req, res, next) {
  try {
    req.user = jwt.verify(req.cookies.token, SECRET, { ignoreExpiration: true }); // expect: jwt-weak
    next();
  } catch {
    res.status(401).end();
  }
}

function tokenId(token) {
  const { jti } = jwt.decode(token) || {}; // ok: jwt-weak
  return jti;
}

module.exports = { issue, issueRefresh, requireAuth, requireAuthLegacy, requireAuthLax, requireAuthStale, tokenId };
