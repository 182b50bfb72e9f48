// corpus: path=lib/duration.js
const UNITS = { ms: 1, s: 1000, m: 60000, h: 3600000, d: 86400000 }
const DURATION = /^(-?(?:\d+)?\.?\d+) *(ms|s|m|h|d)?$/i // ok: regex-injection
const COMPOUND = /^((\d+)\s*(ms|s|m|h|d)\s*)+$/ // ok: regex-injection
const VERSION = /^v?(\d+)\.(\d+)\.(\d+)(?:-([\w.-]+))?(?:\+([\w.-]+))?$/ // ok: regex-injection
const PATHLIKE = /^(\/?[\w.-]+)+\/?$/ // expect: regex-injection

function parse(value) {
  const m = DURATION.exec(String(value))
  if (!m) return undefined
  return parseFloat(m[1]) * UNITS[(m[2] || 'ms').toLowerCase()]
}

function parseCompound(value) {
  if (!COMPOUND.test(value)) return undefined
  let total = 0
  for (const [, n, unit] of value.matchAll(/(\d+)\s*(ms|s|m|h|d)/g)) total += Number(n) * UNITS[unit]
  return total
}

function isVersion(v) {
  return VERSION.test(v)
}

function isRelativePath(p) {
  return PATHLIKE.test(p)
}

module.exports = { parse, parseCompound, isVersion, isRelativePath }
