/**
 * Libraries of upload, evaluation and page-state code: express-fileupload's `mv()` of the client's file name,
 * safe-eval (no sandbox), serialize-javascript's escaping of state written into an inline script, a pg-promise
 * lookup's row, `a && b` holding only what `b` can be, and a Mongo filter's shorthand field checked with typeof.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const UPLOAD = "const express = require('express')\nconst fileUpload = require('express-fileupload')\nconst path = require('path')\nconst db = require('./db')\nconst router = express.Router()\nrouter.use(fileUpload())\nconst DIR = '/srv/uploads'\nconst TYPES = { 'image/png': '.png', 'image/jpeg': '.jpg' }\n"

testRule(registered('js/path-traversal'), {
  valid: [
    // The server picks the name: an id, its own digest, and an extension from a fixed table.
    { path: 'src/uploads.js', code: `${UPLOAD}router.post('/avatar', async (req, res) => {\n  const file = req.files && req.files.avatar\n  const ext = file && TYPES[file.mimetype]\n  if (!ext) return res.sendStatus(400)\n  await file.mv(path.join(DIR, \`\${file.md5}\${ext}\`))\n  res.sendStatus(201)\n})` },
    // A row found by a bound parameter holds the stored name, cut to one segment.
    { path: 'src/uploads.js', code: `${UPLOAD}router.get('/docs/:id', async (req, res) => {\n  const doc = await db.oneOrNone('SELECT name FROM docs WHERE id = $1', [req.params.id])\n  if (!doc) return res.sendStatus(404)\n  res.download(path.join(DIR, path.basename(doc.name)))\n})` },
  ],
  invalid: [
    { path: 'src/uploads.js', code: `${UPLOAD}router.post('/docs', async (req, res) => {\n  const doc = req.files.document\n  await doc.mv(path.join(DIR, doc.name))\n  res.sendStatus(201)\n})`, findings: [{ line: 11 }] },
    { path: 'src/uploads.js', code: `${UPLOAD}router.post('/docs', (req, res) => {\n  req.files.document.mv(DIR + '/' + req.files.document.name, () => res.sendStatus(201))\n})`, findings: [{ line: 10 }] },
    // \`a && b\` is \`b\` whenever it is anything a sink could misread.
    { path: 'src/uploads.js', code: `${UPLOAD}router.post('/docs', async (req, res) => {\n  const name = req.user && req.body.name\n  await req.files.document.mv(path.join(DIR, name))\n  res.sendStatus(201)\n})`, findings: [{ line: 11 }] },
  ],
})

const EVAL = "const express = require('express')\nconst safeEval = require('safe-eval')\nconst router = express.Router()\n"

testRule(registered('js/code-eval'), {
  valid: [
    { path: 'src/calc.js', code: `${EVAL}router.get('/calc', (req, res) => {\n  res.json({ value: safeEval('a + b', { a: Number(req.query.a), b: Number(req.query.b) }) })\n})` },
  ],
  invalid: [
    { path: 'src/calc.js', code: `${EVAL}router.post('/calc', (req, res) => {\n  res.json({ value: safeEval(req.body.formula, { x: 1 }) })\n})`, findings: [{ line: 5 }] },
  ],
})

const SSR = "const express = require('express')\nconst serialize = require('serialize-javascript')\nconst router = express.Router()\n"

testRule(registered('js/xss-sink'), {
  valid: [
    { path: 'src/render.js', code: `${SSR}router.get('/search', (req, res) => {\n  const state = { q: req.query.q }\n  res.send(\`<div id="root"></div><script>window.__STATE__ = \${serialize(state)}</script>\`)\n})` },
    { path: 'src/render.js', code: `${SSR}router.get('/search', (req, res) => {\n  const state = { q: req.query.q }\n  res.send(\`<script>window.__STATE__ = \${serialize(state, { isJSON: true })}</script>\`)\n})` },
  ],
  invalid: [
    // `unsafe: true` writes `</script>` as it is.
    { path: 'src/render.js', code: `${SSR}router.get('/search', (req, res) => {\n  const state = { q: req.query.q }\n  res.send(\`<script>window.__STATE__ = \${serialize(state, { unsafe: true })}</script>\`)\n})`, findings: [{ line: 6 }] },
    { path: 'src/render.js', code: `${SSR}router.get('/search', (req, res) => {\n  const state = { q: req.query.q }\n  res.send(\`<script>window.__STATE__ = \${JSON.stringify(state)}</script>\`)\n})`, findings: [{ line: 6 }] },
  ],
})

const KOA = "const Router = require('koa-router')\nconst User = require('./models/user')\nconst router = new Router()\n"

testRule(registered('js/nosql-injection'), {
  valid: [
    // The shorthand field was checked to be text; the record's own field of that name is cleared after the lookup.
    { path: 'src/devices.js', code: `${KOA}router.post('/reset', async (ctx) => {\n  const { serial, setupToken } = ctx.request.body\n  if (typeof serial !== 'string' || typeof setupToken !== 'string') ctx.throw(400)\n  const device = await User.findOne({ deviceSerial: serial, setupToken })\n  device.setupToken = undefined\n  await device.save()\n})` },
  ],
  invalid: [
    { path: 'src/devices.js', code: `${KOA}router.post('/reset', async (ctx) => {\n  const { serial, setupToken } = ctx.request.body\n  if (typeof serial !== 'string') ctx.throw(400)\n  const device = await User.findOne({ deviceSerial: serial, setupToken })\n  device.setupToken = undefined\n  await device.save()\n})`, findings: [{ line: 7 }] },
  ],
})

// Vue compiles a component's `template` string in the page: text from the URL spliced into it is markup and script.
const VUE = "/* global Vue */\nconst params = new URLSearchParams(window.location.search)\n"

testRule(registered('js/xss-sink'), {
  valid: [
    { path: 'public/js/banner.js', code: `${VUE}new Vue({ el: '#banner', data: { q: params.get('q') || '' }, template: '<div>Results for <em>{{ q }}</em></div>' })` },
    { path: 'public/js/banner.js', code: `${VUE}const size = 'large'\nnew Vue({ el: '#banner', template: '<div class="' + size + '"></div>' })` },
  ],
  invalid: [
    { path: 'public/js/banner.js', code: `${VUE}const q = params.get('q') || ''\nnew Vue({ el: '#banner', template: '<div>Results for <em>' + q + '</em></div>' })`, findings: [{ line: 4 }] },
    { path: 'public/js/banner.js', code: `${VUE}Vue.component('search-banner', { template: \`<div>\${params.get('q')}</div>\` })`, findings: [{ line: 3 }] },
    { path: 'src/main.js', code: "import { createApp } from 'vue'\ncreateApp({ template: `<h1>${location.hash.slice(1)}</h1>` }).mount('#app')", findings: [{ line: 2 }] },
    // the module's default export, as a bundled app imports it
    { path: 'src/widgets.js', code: "import Vue from 'vue'\nconst q = new URLSearchParams(location.search).get('q')\nVue.component('banner', { template: '<div>' + q + '</div>' })", findings: [{ line: 3 }] },
  ],
})
