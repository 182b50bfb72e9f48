/**
 * Whether a value can be an object the client wrote: a whole Mongo filter parsed from the request,
 * a field that Joi declared a primitive on the route (hapi `options.validate`, celebrate), and a
 * Meteor method's arguments, which are the DDP caller's unless `check()` pins their types.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const ROUTE = (body: string) => `const express = require('express')\nconst router = express.Router()\nrouter.get('/users', async (req, res) => {\n${body}\n})`

const HAPI = (options: string) =>
  `const Joi = require('joi')\nexports.plugin = {\n  name: 'login',\n  register(server) {\n    server.route({\n      method: 'POST',\n      path: '/lookup',${options}\n      handler: async (request) => {\n        const user = await User.findOne({ email: request.payload.email }).lean()\n        return { exists: Boolean(user) }\n      },\n    })\n  },\n}`

const METEOR = (body: string) => `import { Meteor } from 'meteor/meteor'\nimport { check, Match } from 'meteor/check'\nMeteor.methods({\n  'posts.search'(query, changes) {\n${body}\n  },\n})`

testRule(registered('js/nosql-injection'), {
  valid: [
    { code: ROUTE("  res.json(await User.find({ status: String(req.query.status) }).limit(10))") },
    // `$eq` compares the field with the value as written, an object included (MongoDB's advice against operator injection).
    { code: ROUTE("  res.json(await User.findOne({ email: { $eq: req.query.email } }))") },
    // A filter a helper builds from the query: the helper decides its fields.
    { code: ROUTE("  const filter = buildFilter(req.query)\n  res.json(await User.find(filter))") },
    { code: HAPI("\n      options: { validate: { payload: Joi.object({ email: Joi.string().email().required() }) } },") },
    { code: "const { celebrate, Segments, Joi } = require('celebrate')\nrouter.post('/reset', celebrate({ [Segments.BODY]: Joi.object({ token: Joi.string().hex() }) }), async (req, res) => {\n  res.json(await Reset.findOne({ token: req.body.token }))\n})" },
    { code: METEOR("    check(query, String)\n    return Posts.find({ title: query }).fetch()") },
    { code: METEOR("    check(changes, { status: Match.OneOf('draft', 'published') })\n    return Posts.find({ status: changes.status }).count()") },
  ],
  invalid: [
    { code: ROUTE("  const filter = req.query.filter ? JSON.parse(req.query.filter) : {}\n  res.json(await User.find(filter).limit(10))"), findings: [{ line: 5, message: /as a whole/ }] },
    { code: ROUTE("  res.json(await User.find(req.query).limit(10))"), findings: [{ line: 4 }] },
    { code: ROUTE("  res.json(await User.findOne({ email: { $ne: null }, token: req.query.token }))"), findings: [{ line: 4 }] },
    { code: HAPI(''), findings: [{ line: 9 }] },
    // Joi declares another field; `email` is taken as sent.
    { code: HAPI("\n      options: { validate: { payload: Joi.object({ name: Joi.string(), email: Joi.any() }) } },"), findings: [{ line: 10 }] },
    { code: METEOR("    return Posts.find({ title: query }).fetch()"), findings: [{ line: 5 }] },
    { code: METEOR("    return Posts.find({ $where: `this.title.indexOf('${query}') !== -1` }).fetch()"), findings: [{ line: 5, message: /\$where/ }] },
  ],
})

testRule(registered('js/mass-assignment'), {
  valid: [
    { code: METEOR("    check(query, String)\n    Posts.update(query, { $set: { title: String(changes.title), updatedAt: new Date() } })") },
  ],
  invalid: [
    { code: METEOR("    check(query, String)\n    Posts.update(query, { $set: changes })"), findings: [{ line: 6 }] },
  ],
})
