// corpus: path=src/middleware/admin-key.js
function requireAdminKey(req, res, next) {
  const provided = req.get('x-admin-key') || ''
  if (provided !== process.env.ADMIN_API_KEY) { // expect: timing-unsafe-comparison
    return res.status(403).json({ error: 'forbidden' })
  }
  next()
}

module.exports = requireAdminKey
