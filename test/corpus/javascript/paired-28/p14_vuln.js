// corpus: path=src/middleware/prefs.js
const serialize = require('node-serialize')

// Restore the user's display preferences from their cookie.
module.exports = function loadPrefs(req, res, next) {
  const raw = req.cookies.prefs
  req.prefs = raw ? serialize.unserialize(Buffer.from(raw, 'base64').toString()) : {} // expect: unsafe-deserialization
  next()
}
