/**
 * Data stores and upload objects of Node frameworks beyond Express and Mongoose: better-sqlite3's
 * `exec`, a MongoDB filter taken from a member of the body, Firestore document writes, Meteor
 * collection updates, Waterline's `updateOne().set()`, an xml2js-parsed body bound onto a model,
 * and formidable's temporary path of an upload.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const EXPRESS = "const express = require('express')\nconst router = express.Router()\n"

testRule(registered('js/sql-injection'), {
  valid: [
    // A fixed statement, and values bound by a prepared statement.
    { path: 'src/cache.js', code: `const Database = require('better-sqlite3')\n${EXPRESS}const store = new Database('cache.db')\nrouter.post('/v', (req, res) => {\n  store.exec('VACUUM')\n  res.json(store.prepare('SELECT price FROM prices WHERE sku = ?').get(req.query.sku))\n})` },
    // A key-value store's `get` is no SQL.
    { path: 'src/cache.js', code: `${EXPRESS}const LRU = require('lru-cache')\nconst cache = new LRU({ max: 100 })\nrouter.get('/c', (req, res) => res.json(cache.get(\`price:\${req.query.sku}\`)))` },
  ],
  invalid: [
    { path: 'src/cache.js', code: `const Database = require('better-sqlite3')\n${EXPRESS}const store = new Database('cache.db')\nrouter.post('/v', (req, res) => {\n  store.exec(\`VACUUM INTO '\${req.body.target}'\`)\n  res.sendStatus(204)\n})`, findings: [{ line: 6 }] },
    { path: 'src/cache.js', code: `import Database from 'better-sqlite3'\nimport express from 'express'\nconst app = express()\nconst sqlite = new Database(process.env.DB)\napp.get('/p', (req, res) => {\n  res.json(sqlite.prepare(\`SELECT * FROM prices WHERE region = '\${req.query.region}'\`).all())\n})`, findings: [{ line: 6 }] },
  ],
})

testRule(registered('js/nosql-injection'), {
  valid: [
    // Fields picked one by one and converted.
    { path: 'src/store.js', code: `${EXPRESS}router.post('/q', async (req, res) => {\n  res.json(await db.collection('products').find({ brand: String(req.body.filter.brand) }).toArray())\n})` },
    // A member used as a value in a filter the code wrote.
    { path: 'src/store.js', code: `${EXPRESS}router.post('/q', async (req, res) => {\n  res.json(await db.collection('products').findOne({ sku: String(req.body.sku) }))\n})` },
  ],
  invalid: [
    { path: 'src/store.js', code: `${EXPRESS}router.post('/q', async (req, res) => {\n  res.json(await db.collection('products').find(req.body.filter).limit(100).toArray())\n})`, findings: [{ line: 4 }] },
    { path: 'src/store.js', code: `${EXPRESS}router.delete('/q', async (req, res) => {\n  await db.collection('sessions').deleteMany(req.query.where)\n  res.sendStatus(204)\n})`, findings: [{ line: 4 }] },
  ],
})

testRule(registered('js/mass-assignment'), {
  valid: [
    // Firestore: named fields, and a document that is not written.
    { path: 'functions/src/api.js', code: `${EXPRESS}router.patch('/me', async (req, res) => {\n  await db.collection('users').doc(req.user.uid).update({ displayName: String(req.body.displayName) })\n  res.sendStatus(204)\n})` },
    { path: 'functions/src/api.js', code: `${EXPRESS}router.get('/me', async (req, res) => {\n  const snap = await db.collection('users').doc(req.user.uid).get()\n  res.json(snap.data())\n})` },
    // Meteor: a checked Boolean set under its own name.
    { path: 'imports/api/tasks/methods.js', code: "import { Meteor } from 'meteor/meteor'\nimport { check } from 'meteor/check'\nMeteor.methods({\n  async 'tasks.setChecked'(taskId, checked) {\n    check(checked, Boolean)\n    return Tasks.updateAsync(taskId, { $set: { checked } })\n  },\n})" },
    // Waterline with one named field.
    { path: 'api/controllers/ReportController.js', code: "module.exports = {\n  async rename(req, res) {\n    return res.json(await SavedReport.updateOne({ id: req.param('id') }).set({ name: String(req.param('name')) }))\n  },\n}" },
    // xml2js output read field by field.
    { path: 'src/import.js', code: `const xml2js = require('xml2js')\n${EXPRESS}router.post('/o', async (req, res) => {\n  const { order } = await xml2js.parseStringPromise(req.body, { explicitArray: false })\n  res.json(await Order.create({ number: String(order.number), total: Number(order.total) }))\n})` },
  ],
  invalid: [
    { path: 'functions/src/api.js', code: `${EXPRESS}router.patch('/me', async (req, res) => {\n  await db.collection('users').doc(req.user.uid).set(req.body, { merge: true })\n  res.sendStatus(204)\n})`, findings: [{ line: 4 }] },
    { path: 'functions/src/api.js', code: `${EXPRESS}router.post('/notes', async (req, res) => {\n  const ref = await admin.firestore().collection('notes').add({ ...req.body, owner: req.user.uid })\n  res.json({ id: ref.id })\n})`, findings: [{ line: 4 }] },
    { path: 'imports/api/tasks/methods.js', code: "import { Meteor } from 'meteor/meteor'\nMeteor.methods({\n  async 'tasks.update'(taskId, changes) {\n    return Tasks.updateAsync(taskId, { $set: changes })\n  },\n})", findings: [{ line: 4 }] },
    { path: 'api/controllers/ReportController.js', code: "module.exports = {\n  async update(req, res) {\n    return res.json(await SavedReport.updateOne({ id: req.param('id') }).set(req.allParams()))\n  },\n}", findings: [{ line: 3 }] },
    { path: 'src/import.js', code: `const xml2js = require('xml2js')\n${EXPRESS}router.post('/o', async (req, res) => {\n  const parsed = await xml2js.parseStringPromise(req.body, { explicitArray: false })\n  res.json(await Order.create(parsed.order))\n})`, findings: [{ line: 6 }] },
  ],
})

testRule(registered('js/path-traversal'), {
  valid: [
    // formidable (koa-body) writes the upload to a temporary path of its own choosing.
    { path: 'src/routes/uploads.js', code: "import Router from '@koa/router'\nimport sharp from 'sharp'\nconst router = new Router()\nrouter.post('/avatar', async (ctx) => {\n  const file = ctx.request.files.avatar\n  await sharp(file.filepath).resize(256).toFile(`/srv/avatars/${ctx.state.user.id}.webp`)\n  ctx.status = 204\n})" },
    { path: 'src/routes/uploads.js', code: `const fs = require('fs')\n${EXPRESS}router.post('/up', (req, res) => {\n  fs.readFile(req.files.doc.tempFilePath, (err, data) => res.json({ size: data.length }))\n})` },
    // busboy's part stored under a name the server picks.
    { path: 'src/routes/uploads.js', code: `const busboy = require('busboy')\nconst fs = require('fs')\nconst crypto = require('crypto')\n${EXPRESS}router.post('/up', (req, res) => {\n  const bb = busboy({ headers: req.headers })\n  bb.on('file', (name, stream, info) => stream.pipe(fs.createWriteStream(\`/srv/up/\${crypto.randomUUID()}\`)))\n  req.pipe(bb)\n})` },
  ],
  invalid: [
    // The client's own file name still chooses where it lands.
    { path: 'src/routes/uploads.js', code: "import Router from '@koa/router'\nimport fs from 'node:fs/promises'\nconst router = new Router()\nrouter.post('/up', async (ctx) => {\n  const file = ctx.request.files.file\n  await fs.rename(file.filepath, `/srv/uploads/${file.originalFilename}`)\n  ctx.status = 201\n})", findings: [{ line: 6 }] },
    // busboy's part stored under the file name the client sent.
    { path: 'src/routes/uploads.js', code: `const busboy = require('busboy')\nconst fs = require('fs')\n${EXPRESS}router.post('/up', (req, res) => {\n  const bb = busboy({ headers: req.headers })\n  bb.on('file', (name, stream, info) => stream.pipe(fs.createWriteStream(\`/srv/up/\${info.filename}\`)))\n  req.pipe(bb)\n})`, findings: [{ line: 7 }] },
  ],
})
