// corpus: path=src/lib/safe-merge.js
'use strict';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function isPlainObject(value) {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Deep merge for values that came over the wire: dangerous keys are dropped at every level. */
function mergeUntrusted(target, source) {
  for (const key of Object.keys(source)) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    const value = source[key];
    if (isPlainObject(value)) {
      if (!isPlainObject(target[key])) target[key] = {}; // ok: prototype-pollution
      mergeUntrusted(target[key], value);
    } else {
      target[key] = value; // ok: prototype-pollution
    }
  }
  return target;
}

/** Writes at a dotted path; refuses segments that reach the prototype chain. */
function setSafePath(obj, path, value) {
  const parts = String(path).split('.');
  if (parts.some((p) => p === '__proto__' || p === 'constructor' || p === 'prototype')) {
    throw new TypeError(`refusing to write ${path}`);
  }
  let cur = obj;
  for (const part of parts.slice(0, -1)) {
    if (!isPlainObject(cur[part])) cur[part] = {};
    cur = cur[part];
  }
  cur[parts[parts.length - 1]] = value; // ok: prototype-pollution
  return obj;
}

/** Counts occurrences into a dictionary that has no prototype to pollute. */
function tally(items, keyOf) {
  const counts = Object.create(null);
  for (const item of items) {
    const k = keyOf(item);
    counts[k] = (counts[k] || 0) + 1; // ok: prototype-pollution
  }
  return counts;
}

/** Deep clone of JSON-safe data: only recurses into the copy's own fresh objects. */
function cloneDefaults(defaults) {
  const out = {};
  for (const [key, value] of Object.entries(defaults)) {
    out[key] = isPlainObject(value) ? cloneDefaults(value) : value; // ok: prototype-pollution
  }
  return out;
}

module.exports = { mergeUntrusted, setSafePath, tally, cloneDefaults };
