// corpus: path=src/lib/merge.js
'use strict';

/**
 * Small object helpers shared by the settings and import code.
 */

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Deep-merges `source` into `target` in place and returns `target`.
 * Arrays are replaced, not concatenated.
 */
function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
    const incoming = source[key];
    if (isPlainObject(incoming)) {
      if (!isPlainObject(target[key])) target[key] = {};
      deepMerge(target[key], incoming);
    } else {
      target[key] = incoming; // expect: prototype-pollution
    }
  }
  return target;
}

/** Returns a copy of `obj` without the listed keys. */
function omit(obj, keys) {
  const out = {};
  for (const key of Object.keys(obj)) {
    if (!keys.includes(key)) out[key] = obj[key];
  }
  return out;
}

/** Returns a copy of `obj` with only the listed keys. */
function pick(obj, keys) {
  const out = {};
  for (const key of keys) {
    if (Object.prototype.hasOwnProperty.call(obj, key)) out[key] = obj[key];
  }
  return out;
}

/** Reads `a.b.c` from an object, or `fallback` when any part is missing. */
function getPath(obj, path, fallback) {
  let cur = obj;
  for (const part of path.split('.')) {
    if (cur == null) return fallback;
    cur = cur[part];
  }
  return cur === undefined ? fallback : cur;
}

/** Writes `value` at `a.b.c`, creating the objects on the way. */
function setPath(obj, path, value) {
  const parts = path.split('.');
  let cur = obj;
  for (let i = 0; i < parts.length - 1; i++) {
    if (!isPlainObject(cur[parts[i]])) cur[parts[i]] = {};
    cur = cur[parts[i]];
  }
  cur[parts[parts.length - 1]] = value; // expect: prototype-pollution
  return obj;
}

module.exports = { isPlainObject, deepMerge, omit, pick, getPath, setPath };
