// corpus: path=lib/config-parse.js
const fs = require('fs')

function loadRc(file) {
  const text = fs.readFileSync(file, 'utf8')
  // .apprc files are JS object literals so they may hold comments and trailing commas
  return new Function(`return (${text})`)() // expect: code-injection
}

module.exports = { loadRc }
