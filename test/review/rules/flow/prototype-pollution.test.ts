// Prototype pollution: request-chosen keys in two-level writes, request paths given to path setters, request objects
// deep-merged into long-lived objects, and hand-written recursive merges and path setters with no key guard; each with
// the look-alikes real code writes: shallow copies, guarded keys, own-property checks, Object.create(null) and Map
// stores, constant keys and paths, schema-validated input, merges into a fresh object, internal path walkers.
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const JS = { path: 'src/routes/prefs.js' }
const LIB = { path: 'src/lib/objects.js' }
const EXPRESS = "const _ = require('lodash')\nconst router = require('express').Router()\n\n"

testRule(registered('js/prototype-pollution'), {
  valid: [
    { ...LIB, code: "function deepAssign(target, ...sources) {\n  for (const source of sources) {\n    for (const [key, val] of Object.entries(source)) {\n      if (key === '__proto__' || key === 'constructor') continue\n      if (val && typeof val === 'object') {\n        target[key] = deepAssign(target[key] || {}, val)\n      } else {\n        target[key] = val\n      }\n    }\n  }\n  return target\n}" },
    // shallow copies into a fresh object: an own `__proto__` key only resets that object's prototype
    { ...JS, code: `${EXPRESS}router.post('/p', (req, res) => {\n  const a = Object.assign({}, DEFAULTS, req.body)\n  const b = { ...DEFAULTS, ...req.body }\n  res.json([a, b])\n})` },
    // constant paths, a path checked against an allow-list, a schema-validated merge
    { ...JS, code: `${EXPRESS}const SETTABLE = new Set(['theme', 'editor.tabSize'])\nrouter.post('/p', (req, res) => {\n  _.set(prefs, 'meta.updatedAt', Date.now())\n  if (!SETTABLE.has(req.body.path)) return res.sendStatus(400)\n  _.set(prefs, req.body.path, req.body.value)\n  res.json(prefs)\n})` },
    { ...JS, code: `${EXPRESS}router.post('/flags', (req, res) => {\n  const { error, value } = FlagsSchema.validate(req.body)\n  if (error) return res.sendStatus(422)\n  _.merge(config.flags, value)\n  res.json(config.flags)\n})` },
    // two-level writes into a prototype-less store, behind a key guard, or with a key from the code
    { ...JS, code: `${EXPRESS}const store = Object.create(null)\nrouter.put('/:a/:b', (req, res) => {\n  store[req.params.a] = store[req.params.a] || Object.create(null)\n  store[req.params.a][req.params.b] = req.body.value\n  res.end()\n})` },
    { ...JS, code: `${EXPRESS}router.put('/:a/:b', (req, res) => {\n  const { a, b } = req.params\n  if (a === '__proto__' || a === 'constructor' || a === 'prototype') return res.sendStatus(400)\n  prefs[a][b] = req.body.value\n  res.end()\n})` },
    { ...JS, code: `${EXPRESS}router.put('/:b', (req, res) => {\n  prefs[req.user.id][req.params.b] = req.body.value\n  res.end()\n})` },
    // the same handler refusing the reserved keys, and a walker over the code's own paths writing configuration
    { path: 'src/routes/settings.js', code: "const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype'])\nrouter.patch('/settings/:path', async (req, res) => {\n  const settings = (await Workspace.findByPk(req.user.workspaceId)).settings || {}\n  const keys = req.params.path.split('.')\n  if (keys.some((k) => FORBIDDEN.has(k))) return res.sendStatus(400)\n  let node = settings\n  for (const key of keys.slice(0, -1)) node = node[key] = node[key] || {}\n  node[keys[keys.length - 1]] = req.body.value\n  res.json(settings)\n})" },
    { path: 'src/config.js', code: "function defaults() {\n  const out = {}\n  for (const path of DEFAULT_PATHS) {\n    let node = out\n    const parts = path.split('.')\n    for (const p of parts.slice(0, -1)) node = node[p] = node[p] || {}\n    node[parts[parts.length - 1]] = CONFIG.value\n  }\n  return out\n}" },
    // guarded helpers, a merge into a fresh copy, an internal walker that writes what it computes
    // The reserved keys refused through a function of the file that spells them.
    { ...LIB, code: "function isUnsafeKey(key) {\n  return key === '__proto__' || key === 'constructor' || key === 'prototype'\n}\nfunction setPath(obj, path, value) {\n  const keys = String(path).split('.')\n  if (keys.some(isUnsafeKey)) throw new TypeError('bad path')\n  let node = obj\n  for (let i = 0; i < keys.length - 1; i++) {\n    if (typeof node[keys[i]] !== 'object') node[keys[i]] = {}\n    node = node[keys[i]]\n  }\n  node[keys[keys.length - 1]] = value\n  return obj\n}" },
    { ...LIB, code: "const UNSAFE = ['__proto__', 'constructor', 'prototype']\nfunction merge(target, source) {\n  for (const key of Object.keys(source)) {\n    if (UNSAFE.includes(key)) continue\n    if (isObject(source[key])) merge(target[key] ??= {}, source[key])\n    else target[key] = source[key]\n  }\n  return target\n}" },
    { ...LIB, code: "function merge(target, source) {\n  for (const key in source) {\n    if (isObject(source[key]) && Object.hasOwn(target, key)) merge(target[key], source[key])\n    else target[key] = source[key]\n  }\n}" },
    { ...LIB, code: "function clone(value) {\n  const out = {}\n  for (const [key, v] of Object.entries(value)) out[key] = isObject(v) ? clone(v) : v\n  return out\n}" },
    { ...LIB, code: "function mapRow(result, columns, row) {\n  for (const { path } of columns) {\n    let node = result\n    for (let i = 0; i < path.length - 1; i++) node = node[path[i]] ??= {}\n    node[path[path.length - 1]] = decode(row[path.join('.')])\n  }\n  return result\n}" },
    // an unflatten into a prototype-less object
    { ...LIB, code: "function unflatten(flat) {\n  const out = Object.create(null)\n  for (const [path, value] of Object.entries(flat)) {\n    const keys = path.split('.')\n    let node = out\n    for (const key of keys.slice(0, -1)) node = node[key] = node[key] || Object.create(null)\n    node[keys[keys.length - 1]] = value\n  }\n  return out\n}" },
    // each step of the walk puts a copy it just made at the key and walks into the copy, never into what the key held
    { ...LIB, code: "function unflatten(flat) {\n  const out = {}\n  for (const [path, value] of Object.entries(flat)) {\n    const keys = path.split('.')\n    let node = out\n    for (const key of keys.slice(0, -1)) node = node[key] = Object.assign(emptyObject(), node[key])\n    node[keys[keys.length - 1]] = value\n  }\n  return out\n}" },
    { ...LIB, code: "function setIn(obj, path, value) {\n  let cur = obj\n  for (const key of path.slice(0, -1)) {\n    cur = cur[key] = { ...cur[key] }\n  }\n  cur[path[path.length - 1]] = value\n}" },
  ],
  invalid: [
    // A deep merge into a fresh object walks into `{}`'s `__proto__`, which is `Object.prototype` like any other's.
    { ...JS, code: `${EXPRESS}router.post('/p', (req, res) => {\n  res.json(_.merge({}, DEFAULTS, req.body))\n})`, findings: [{ line: 5 }] },
    // a route handler walking a path from the URL and writing the body's value at its end
    { path: 'src/routes/settings.js', code: "router.patch('/settings/:path', async (req, res) => {\n  const settings = (await Workspace.findByPk(req.user.workspaceId)).settings || {}\n  const keys = req.params.path.split('.')\n  let node = settings\n  for (const key of keys.slice(0, -1)) node = node[key] = node[key] || {}\n  node[keys[keys.length - 1]] = req.body.value\n  res.json(settings)\n})", findings: [{ line: 6 }] },
    // an unflatten into a fresh {}: walking `__proto__` of any plain object reaches Object.prototype
    { ...LIB, code: "function unflatten(flat) {\n  const out = {}\n  for (const [path, value] of Object.entries(flat)) {\n    const keys = path.split('.')\n    let node = out\n    for (const key of keys.slice(0, -1)) node = node[key] = node[key] || {}\n    node[keys[keys.length - 1]] = value\n  }\n  return out\n}", findings: [{ line: 7, message: /walks `node`/ }] },
    // a copy onto what the key held is that object itself: Object.assign returns its target
    { ...LIB, code: "function unflatten(flat) {\n  const out = {}\n  for (const [path, value] of Object.entries(flat)) {\n    const keys = path.split('.')\n    let node = out\n    for (const key of keys.slice(0, -1)) node = node[key] = Object.assign(node[key] || {}, {})\n    node[keys[keys.length - 1]] = value\n  }\n  return out\n}", findings: [{ line: 7, message: /walks `node`/ }] },
    { ...LIB, code: "function unflatten(flat) {\n  const out = {}\n  for (const [path, value] of Object.entries(flat)) {\n    const keys = path.split('.')\n    let node = out\n    for (const key of keys.slice(0, -1)) node = node[key] = ensure(node[key])\n    node[keys[keys.length - 1]] = value\n  }\n  return out\n}", findings: [{ line: 7, message: /walks `node`/ }] },
    { ...JS, code: `${EXPRESS}router.post('/p', (req, res) => {\n  _.set(prefs, req.body.path, req.body.value)\n  res.json(prefs)\n})`, findings: [{ line: 5, message: /path taken from request data/ }] },
    { ...JS, code: `${EXPRESS}router.post('/overrides', (req, res) => {\n  _.merge(appConfig, req.body.overrides)\n  res.json(appConfig)\n})`, findings: [{ line: 5, message: /deep-merges/ }] },
    { ...JS, code: `${EXPRESS}router.put('/:section/:key', (req, res) => {\n  prefs[req.params.section][req.params.key] = req.body.value\n  res.end()\n})`, findings: [{ line: 5, message: /Object\.prototype/ }] },
    { path: 'public/widget.js', code: "$(function () {\n  const opts = JSON.parse(new URLSearchParams(location.search).get('opts') || '{}')\n  const settings = $.extend(true, DEFAULTS, opts)\n  render(settings)\n})", findings: [{ line: 3 }] },
    { ...LIB, code: "function deepMerge(target, source) {\n  for (const key of Object.keys(source)) {\n    if (isObject(source[key])) {\n      if (!isObject(target[key])) target[key] = {}\n      deepMerge(target[key], source[key])\n    } else {\n      target[key] = source[key]\n    }\n  }\n  return target\n}", findings: [{ line: 7, message: /recurses into `target\[key\]`/ }] },
    { ...LIB, code: "function setPath(obj, path, value) {\n  const parts = path.split('.')\n  let cur = obj\n  for (let i = 0; i < parts.length - 1; i++) {\n    if (!cur[parts[i]]) cur[parts[i]] = {}\n    cur = cur[parts[i]]\n  }\n  cur[parts[parts.length - 1]] = value\n}", findings: [{ line: 8, message: /walks `cur`/ }] },
    // A guarded twin elsewhere in the file (`const k = keys[i]` followed by a check of `k`) does not guard this one.
    { ...LIB, code: "function setPath(obj, path, value) {\n  const keys = path.split('.')\n  let cur = obj\n  for (let i = 0; i < keys.length - 1; i++) {\n    const k = keys[i]\n    if (!cur[k]) cur[k] = {}\n    cur = cur[k]\n  }\n  cur[keys[keys.length - 1]] = value\n}\nfunction setPathSafe(obj, path, value) {\n  const keys = path.split('.')\n  let cur = obj\n  for (let i = 0; i < keys.length - 1; i++) {\n    const k = keys[i]\n    if (k === '__proto__' || k === 'constructor') return obj\n    if (!cur[k]) cur[k] = {}\n    cur = cur[k]\n  }\n  const last = keys[keys.length - 1]\n  if (last === '__proto__' || last === 'constructor') return obj\n  cur[last] = value\n}", findings: [{ line: 9, message: /walks `cur`/ }] },
    // The recursion walks into `target[key] || {}`, which is `Object.prototype` for the key `__proto__`.
    { ...LIB, code: "function deepAssign(target, ...sources) {\n  for (const source of sources) {\n    for (const [key, val] of Object.entries(source)) {\n      if (val && typeof val === 'object') {\n        target[key] = deepAssign(target[key] || {}, val)\n      } else {\n        target[key] = val\n      }\n    }\n  }\n  return target\n}", findings: [{ line: 7, message: /recurses into `target\[key\]`/ }] },
  ],
})
