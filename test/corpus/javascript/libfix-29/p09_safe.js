// corpus: path=lib/config-parse.js
const fs = require('fs')
const JSON5 = require('json5')

function loadRc(file) {
  const text = fs.readFileSync(file, 'utf8')
  // .apprc files are JSON5 so they may hold comments and trailing commas
  return JSON5.parse(text) // ok: code-injection
}

module.exports = { loadRc }
