// corpus: path=lib/merge.js
'use strict'

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype'])

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (FORBIDDEN.has(key)) continue
    const value = source[key]
    if (isPlainObject(value)) {
      if (!isPlainObject(target[key])) target[key] = {}
      deepMerge(target[key], value)
    } else {
      target[key] = value // ok: prototype-pollution
    }
  }
  return target
}

module.exports = { deepMerge }
