// corpus: path=src/views/greeting.js changeset=pages
'use strict'

const escapeHtml = require('escape-html')

function greetingHtml(name) {
  return '<h1>Hello, ' + (name || 'stranger') + '!</h1>'
}

function escapedGreeting(name) {
  return '<h1>Hello, ' + escapeHtml(name || 'stranger') + '!</h1>'
}

module.exports = { greetingHtml, escapedGreeting }
