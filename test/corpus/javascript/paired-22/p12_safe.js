// corpus: path=src/middleware/prefs.js
function loadPrefs(req, res, next) {
  const raw = req.signedCookies.prefs
  try {
    req.prefs = raw ? JSON.parse(Buffer.from(raw, 'base64').toString('utf8')) : {} // ok: unsafe-deserialization
  } catch {
    req.prefs = {}
  }
  next()
}

module.exports = { loadPrefs }
