// corpus: path=lib/dotset.js
'use strict'

/** setPath(obj, 'a.b.c', 1) -> { a: { b: { c: 1 } } } */
function setPath(obj, path, value) {
  const keys = String(path).split('.')
  let node = obj
  for (let i = 0; i < keys.length - 1; i++) {
    const key = keys[i]
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {}
    node = node[key]
  }
  node[keys[keys.length - 1]] = value // expect: prototype-pollution
  return obj
}

module.exports = setPath
