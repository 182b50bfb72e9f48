// corpus: path=src/middleware/auth.js
function requireLogin(req, res, next) {
  if (req.session && req.session.userId) return next()
  const returnTo = req.originalUrl
  res.redirect(`/login?returnTo=${encodeURIComponent(returnTo)}`)
}

function finishLogin(req, res) {
  const target = String(req.query.returnTo || '/')
  const local = target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\')
  res.redirect(local ? target : '/') // ok: open-redirect
}

module.exports = { requireLogin, finishLogin }
