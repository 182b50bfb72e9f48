// corpus: path=src/middleware/prefs.js
const serialize = require('node-serialize')

function loadPrefs(req, res, next) {
  const raw = req.cookies.prefs
  req.prefs = raw ? serialize.unserialize(Buffer.from(raw, 'base64').toString('utf8')) : {} // expect: unsafe-deserialization
  next()
}

module.exports = { loadPrefs }
