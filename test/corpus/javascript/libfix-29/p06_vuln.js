// corpus: path=src/middleware/auth.js
function requireLogin(req, res, next) {
  if (req.session && req.session.userId) return next()
  const returnTo = req.originalUrl
  res.redirect(`/login?returnTo=${encodeURIComponent(returnTo)}`)
}

function finishLogin(req, res) {
  const target = req.query.returnTo || '/'
  res.redirect(target) // expect: open-redirect
}

module.exports = { requireLogin, finishLogin }
