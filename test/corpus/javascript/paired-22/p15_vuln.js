// corpus: path=src/middleware/internal.js
function requireInternalToken(req, res, next) {
  const token = req.get('authorization')?.replace(/^Bearer /, '') || ''
  if (token !== process.env.INTERNAL_TOKEN) return res.status(401).json({ error: 'unauthorized' }) // expect: timing-unsafe-comparison
  next()
}

module.exports = { requireInternalToken }
