// corpus: path=src/views/custom.js changeset=pages
'use strict'

const ejs = require('ejs')

function renderCustom(template, data) {
  return ejs.render(template, data) // expect: template-injection
}

module.exports = { renderCustom }
