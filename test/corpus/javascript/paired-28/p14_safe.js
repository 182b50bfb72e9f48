// corpus: path=src/middleware/prefs.js
// Restore the user's display preferences from their cookie.
module.exports = function loadPrefs(req, res, next) {
  const raw = req.cookies.prefs
  let prefs = {}
  try {
    prefs = raw ? JSON.parse(Buffer.from(raw, 'base64').toString()) : {} // ok: unsafe-deserialization
  } catch {
    prefs = {}
  }
  req.prefs = { theme: prefs.theme === 'dark' ? 'dark' : 'light', compact: Boolean(prefs.compact) }
  next()
}
