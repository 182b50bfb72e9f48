// corpus: path=lib/validators.js
'use strict'

const EMAIL = /^([a-zA-Z0-9_\.\-])+\@(([a-zA-Z0-9\-])+\.)+([a-zA-Z0-9]{2,4})+$/ // expect: regex-injection
const EMAIL_SIMPLE = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/ // ok: regex-injection
const HOSTNAME = /^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}$/i // ok: regex-injection
const IPV4 = /^(\d{1,3}\.){3}\d{1,3}$/ // ok: regex-injection
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/ // ok: regex-injection
const FULL_NAME = /^([a-zA-Z]+\s?)+$/ // expect: regex-injection
const CSV_LIST = /^\w+(\s*,\s*\w+)*$/ // ok: regex-injection
const QUOTED = /"(?:[^"\\]|\\.)*"/ // ok: regex-injection

function isEmail(value) {
  return typeof value === 'string' && value.length <= 254 && EMAIL.test(value)
}

function isSimpleEmail(value) {
  return EMAIL_SIMPLE.test(value)
}

function isHostname(value) {
  return HOSTNAME.test(value)
}

function isIPv4(value) {
  if (!IPV4.test(value)) return false
  return value.split('.').every((part) => Number(part) <= 255)
}

function isSlug(value) {
  return SLUG.test(value)
}

function isFullName(value) {
  return FULL_NAME.test(value.trim())
}

function parseList(value) {
  if (!CSV_LIST.test(value)) throw new Error('expected a comma-separated list')
  return value.split(',').map((s) => s.trim())
}

function firstQuoted(text) {
  const m = QUOTED.exec(text)
  return m ? JSON.parse(m[0]) : null
}

module.exports = { isEmail, isSimpleEmail, isHostname, isIPv4, isSlug, isFullName, parseList, firstQuoted }
