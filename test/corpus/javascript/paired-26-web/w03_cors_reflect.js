// corpus: path=src/middleware/cors.js
const ALLOWED = new Set(['https://app.example.com', 'https://admin.example.com'])

function corsReflect(req, res, next) {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*') // expect: permissive-cors
  res.setHeader('Access-Control-Allow-Credentials', 'true')
  next()
}

function corsAllowList(req, res, next) {
  const origin = req.headers.origin
  if (origin && ALLOWED.has(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin) // ok: permissive-cors
    res.setHeader('Access-Control-Allow-Credentials', 'true')
    res.setHeader('Vary', 'Origin')
  }
  next()
}

module.exports = { corsReflect, corsAllowList }
