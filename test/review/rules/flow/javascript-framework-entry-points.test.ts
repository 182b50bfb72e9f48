/**
 * Entry points and sinks of frameworks beyond Express: LoopBack 3 remote methods (arguments the REST connector passes
 * from the request), Keystone's `resolveInput`/`validateInput` hooks (`inputData` is the mutation's input), Oak's
 * `ctx.request.body().value` and `ctx.response.body = html`, deno-postgres's `queryObject`, objection/knex's `raw()`
 * handed to a builder clause, Bookshelf's `Model.query('whereRaw', sql)`, LoopBack's `dataSource.connector.execute`
 * (also through `promisify(…).call(connector, …)`), restify's `res.sendRaw(200, body, headers)`, mysql's
 * `pool.escape()` and `ejs.render()` of a template written in the code.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const LOOPBACK = (wire: string) =>
  `module.exports = function (Order) {\n  Order.invoice = function (file, res, cb) {\n    res.download(path.join(INVOICE_DIR, file), cb)\n  }\n${wire}}`
const KEYSTONE = (hook: string) =>
  `const Post = list({\n  fields: { title: text() },\n  hooks: {\n    ${hook}\n  },\n})`
const OAK = "import { Router } from 'https://deno.land/x/oak@v12.6.1/mod.ts'\nconst router = new Router()\n"
const DENO_PG = "import { Client } from 'https://deno.land/x/postgres@v0.17.0/mod.ts'\nconst client = new Client(Deno.env.get('DATABASE_URL'))\n"
const RESTIFY = "const restify = require('restify')\nconst server = restify.createServer()\n"
const EXPRESS = "const express = require('express')\nconst app = express()\n"

testRule(registered('js/path-traversal'), {
  valid: [
    // Not exposed: a model method other code calls with its own values.
    { path: 'common/models/order.js', code: LOOPBACK('') },
    { path: 'common/models/order.js', code: LOOPBACK("  Order.remoteMethod('invoicePdf', { accepts: [{ arg: 'id', type: 'number' }] })\n") },
  ],
  invalid: [
    { path: 'common/models/order.js', code: LOOPBACK("  Order.remoteMethod('invoice', { accepts: [{ arg: 'file', type: 'string' }, { arg: 'res', type: 'object', http: { source: 'res' } }] })\n"), findings: [{ line: 3 }] },
  ],
})

testRule(registered('js/ssrf'), {
  valid: [
    { code: KEYSTONE("resolveInput: async ({ resolvedData, inputData }) => {\n      const res = await fetch(process.env.SLUG_SERVICE)\n      return resolvedData\n    },") },
    // `resolveInput` outside a `hooks` object is some other function's option.
    { code: "const opts = {\n  resolveInput: async ({ inputData }) => fetch(inputData.url),\n}" },
    { code: `${OAK}router.post('/import', async (ctx) => {\n  const body = await ctx.request.body({ type: 'json' }).value\n  await fetch('https://api.example.com/import', { method: 'POST', body: JSON.stringify({ url: body.url }) })\n})` },
  ],
  invalid: [
    { code: KEYSTONE("resolveInput: async ({ resolvedData, inputData }) => {\n      const res = await fetch(inputData.coverUrl)\n      return resolvedData\n    },"), findings: [{ line: 5 }] },
    { code: KEYSTONE("validateInput: async (args) => {\n      await fetch(args.inputData.webhook)\n    },"), findings: [{ line: 5 }] },
    { code: `${OAK}router.post('/import', async (ctx) => {\n  const body = await ctx.request.body({ type: 'json' }).value\n  const page = await fetch(body.url)\n  ctx.response.body = await page.text()\n})`, findings: [{ line: 5 }] },
  ],
})

testRule(registered('js/sql-injection'), {
  valid: [
    { code: `${DENO_PG}${OAK}router.get('/', async (ctx) => {\n  const tag = ctx.request.url.searchParams.get('tag')\n  ctx.response.body = (await client.queryObject('SELECT id FROM bookmarks WHERE $1 = ANY(tags)', [tag])).rows\n})` },
    { code: `${DENO_PG}${OAK}router.get('/', async (ctx) => {\n  const q = ctx.request.url.searchParams.get('q')\n  ctx.response.body = (await client.queryObject\`SELECT id FROM bookmarks WHERE title = \${q}\`).rows\n})` },
    { code: `const mysql = require('mysql2/promise')\nconst pool = mysql.createPool(process.env.MYSQL_URL)\n${EXPRESS}app.get('/m', async (req, res) => {\n  const [rows] = await pool.query('SELECT id FROM messages WHERE room_id = ' + pool.escape(req.query.room))\n  res.json(rows)\n})` },
    { code: `${EXPRESS}app.get('/m', async (req, res) => {\n  const [rows] = await connection.query(\`SELECT id FROM t ORDER BY \${connection.escapeId(req.query.sort)}\`)\n  res.json(rows)\n})` },
    { code: `${EXPRESS}app.get('/p', async (req, res) => {\n  res.json(await Product.query().select(raw('count(*) filter (where price > ?) as above', [Number(req.query.min)])))\n})` },
    { path: 'common/models/order.js', code: "const { promisify } = require('util')\nmodule.exports = function (Order) {\n  Order.byStatus = async function (status) {\n    return promisify(Order.dataSource.connector.execute).call(Order.dataSource.connector, 'SELECT * FROM orders WHERE status = $1', [status])\n  }\n  Order.remoteMethod('byStatus', { accepts: { arg: 'status', type: 'string' } })\n}" },
    // Bookshelf's `query(clause, …)`: bindings, or a clause that binds the value itself.
    { code: `${EXPRESS}app.get('/u', async (req, res) => {\n  res.json(await User.query('whereRaw', 'name = ?', [req.query.n]).fetchAll())\n})` },
    { code: `${EXPRESS}app.get('/u', async (req, res) => {\n  res.json(await User.query('where', 'name', '=', req.query.n).fetchAll())\n})` },
    // `fn.call(thisArg, …)` of a function that runs no SQL.
    { code: `${EXPRESS}app.get('/f', (req, res) => {\n  res.json(formatter.format.call(formatter, \`WHERE name = '\${req.query.name}'\`))\n})` },
  ],
  invalid: [
    { code: `${DENO_PG}${OAK}router.get('/', async (ctx) => {\n  const q = ctx.request.url.searchParams.get('q')\n  const r = await client.queryObject(\`SELECT id FROM bookmarks WHERE title ILIKE '%\${q}%'\`)\n  ctx.response.body = r.rows\n})`, findings: [{ line: 7 }] },
    { code: `const { raw } = require('objection')\n${EXPRESS}app.get('/p', async (req, res) => {\n  res.json(await Product.query().select(raw(\`avg(\${req.query.field}) as average\`)).first())\n})`, findings: [{ line: 5 }] },
    { path: 'common/models/order.js', code: "const { promisify } = require('util')\nmodule.exports = function (Order) {\n  Order.byStatus = async function (status) {\n    return promisify(Order.dataSource.connector.execute).call(Order.dataSource.connector, `SELECT * FROM orders WHERE status = '${status}'`, [])\n  }\n  Order.remoteMethod('byStatus', { accepts: { arg: 'status', type: 'string' } })\n}", findings: [{ line: 4 }] },
    { code: `${EXPRESS}app.get('/u', async (req, res) => {\n  res.json(await User.query('whereRaw', \`name = '\${req.query.n}'\`).fetchAll())\n})`, findings: [{ line: 4 }] },
    { code: `${EXPRESS}app.get('/u', async (req, res) => {\n  res.json(await User.query('orderByRaw', req.query.sort).fetchAll())\n})`, findings: [{ line: 4 }] },
    // A wrapper around LoopBack's connector, handed the built text by a remote method.
    { path: 'common/models/order.js', code: "module.exports = function (Order) {\n  const execute = (sql, params) => Order.dataSource.connector.execute(sql, params)\n  Order.byStatus = async function (status) {\n    return execute(`SELECT * FROM orders WHERE status = '${status}'`, [])\n  }\n  Order.remoteMethod('byStatus', { accepts: { arg: 'status', type: 'string' } })\n}", findings: [{ line: 2 }] },
    // The import above the hunk: the bare `raw()` handed to `.select()` is still the query builder's.
    { code: `${EXPRESS}app.get('/p', async (req, res) => {\n  res.json(await Product.query().where('vendor_id', req.params.id).select(raw(\`max(\${req.query.field})\`)))\n})`, findings: [{ line: 4 }] },
  ],
})

testRule(registered('js/xss-sink'), {
  valid: [
    { code: `${RESTIFY}server.get('/hello', (req, res, next) => {\n  res.sendRaw(200, \`Hello \${req.query.name}\`, { 'Content-Type': 'text/plain' })\n  return next()\n})` },
    { code: `const escapeHtml = require('escape-html')\n${RESTIFY}server.get('/hello', (req, res, next) => {\n  res.sendRaw(200, \`<p>Hello \${escapeHtml(req.query.name)}</p>\`, { 'Content-Type': 'text/html' })\n  return next()\n})` },
    { code: `import { escape } from 'https://deno.land/std@0.210.0/html/entities.ts'\n${OAK}router.get('/card', (ctx) => {\n  const note = ctx.request.url.searchParams.get('note') ?? ''\n  ctx.response.body = \`<p>\${escape(note)}</p>\`\n})` },
    { code: `const ejs = require('ejs')\n${EXPRESS}app.get('/g', (req, res) => {\n  const html = ejs.render('<p><%= greeting %></p>', { greeting: req.query.greeting })\n  res.send(html)\n})` },
  ],
  invalid: [
    { code: `${RESTIFY}server.get('/hello', (req, res, next) => {\n  res.sendRaw(200, \`<p>Hello \${req.query.name}</p>\`, { 'Content-Type': 'text/html; charset=utf-8' })\n  return next()\n})`, findings: [{ line: 4 }] },
    { code: `${OAK}router.get('/card', (ctx) => {\n  const note = ctx.request.url.searchParams.get('note') ?? ''\n  ctx.response.body = \`<p>\${note}</p>\`\n})`, findings: [{ line: 5 }] },
    { code: `const ejs = require('ejs')\n${EXPRESS}app.get('/g', (req, res) => {\n  const html = ejs.render('<p><%- greeting %></p>', { greeting: req.query.greeting })\n  res.send(html)\n})`, findings: [{ line: 6 }] },
    { code: `const ejs = require('ejs')\n${EXPRESS}app.get('/g', (req, res) => {\n  res.send(ejs.render('<p><%- greeting %></p>', { greeting: req.query.greeting }))\n})`, findings: [{ line: 5 }] },
  ],
})

testRule(registered('js/open-redirect'), {
  valid: [
    // The rows a query returns are the database's, not the id it was handed.
    { code: `${DENO_PG}${OAK}router.get('/go/:id', async (ctx) => {\n  const result = await client.queryObject('SELECT url FROM bookmarks WHERE id = $1 AND owner = $2', [ctx.params.id, ctx.state.user.id])\n  ctx.response.redirect(result.rows[0].url)\n})` },
  ],
  invalid: [
    { code: `${OAK}router.get('/out', (ctx) => {\n  ctx.response.redirect(ctx.request.url.searchParams.get('to') ?? '/')\n})`, findings: [{ line: 4 }] },
  ],
})

// Egg.js and Midway reach the request's Koa context as `this.ctx`; ThinkJS reads it with `this.get()`/`this.post()` in
// its `*Action` methods; a Total.js 4 action's `$` is its request; moleculer-web answers with an action's `ctx.meta`.
const EGG = (body: string) => `const Controller = require('egg').Controller\n\nclass OrderController extends Controller {\n${body}\n}\n\nmodule.exports = OrderController`
const THINK = (body: string) => `const path = require('path')\nconst AVATARS = path.join(think.ROOT_PATH, 'runtime/avatars')\n\nmodule.exports = class extends think.Controller {\n${body}\n}`
const TOTAL = (body: string) => `exports.install = function () {\n  ROUTE('GET /documents/', action)\n}\n\n${body}`

testRule(registered('js/open-redirect'), {
  valid: [
    EGG('  async back() {\n    const { ctx } = this\n    ctx.redirect(`/orders/${encodeURIComponent(ctx.params.id)}`)\n  }'),
    THINK("  async logoutAction() {\n    return this.redirect('/')\n  }"),
    // no egg import: `this.ctx` is some class's own field
    "class Flow {\n  run() {\n    const { ctx } = this\n    ctx.redirect(ctx.query.to)\n  }\n}",
    "module.exports = {\n  actions: {\n    share: {\n      async handler(ctx) {\n        ctx.meta.$statusCode = 302\n        ctx.meta.$location = '/gallery'\n      },\n    },\n  },\n}",
  ],
  invalid: [
    { code: EGG('  async done() {\n    const { ctx } = this\n    ctx.redirect(ctx.query.return_url)\n  }'), findings: [{ line: 6 }] },
    { code: THINK("  async loginAction() {\n    return this.redirect(this.get('redirect') || '/')\n  }"), findings: [{ line: 6 }] },
    { code: TOTAL('function action($) {\n  $.redirect($.query.url)\n}'), findings: [{ line: 6 }] },
    { code: "module.exports = {\n  actions: {\n    share: {\n      async handler(ctx) {\n        ctx.meta.$statusCode = 302\n        ctx.meta.$location = ctx.params.to\n      },\n    },\n  },\n}", findings: [{ line: 6 }] },
  ],
})

testRule(registered('js/path-traversal'), {
  valid: [
    THINK("  async myAvatarAction() {\n    const user = await this.session('user')\n    this.ctx.body = require('fs').createReadStream(path.join(AVATARS, `${user.id}.png`))\n  }"),
    TOTAL("function action($) {\n  const name = require('path').basename($.query.name || '')\n  $.file(require('path').join(STORAGE, name))\n}"),
  ],
  invalid: [
    { code: THINK("  async avatarAction() {\n    this.ctx.body = require('fs').createReadStream(path.join(AVATARS, this.get('file')))\n  }"), findings: [{ line: 6 }] },
    { code: TOTAL("function action($) {\n  $.file(require('path').join(STORAGE, $.query.name))\n}"), findings: [{ line: 6 }] },
  ],
})

testRule(registered('js/xss-sink'), {
  valid: [
    EGG("  async receipt() {\n    const { ctx } = this\n    await ctx.render('receipt.tpl', { name: ctx.query.name })\n  }"),
    // moleculer-web sends a returned string as JSON unless the action declares HTML
    "module.exports = {\n  actions: {\n    caption: {\n      async handler(ctx) {\n        return `<figure>${ctx.params.text}</figure>`\n      },\n    },\n  },\n}",
  ],
  invalid: [
    { code: EGG("  async receipt() {\n    const { ctx } = this\n    ctx.type = 'html'\n    ctx.body = `<h1>Thanks, ${ctx.query.name}!</h1>`\n  }"), findings: [{ line: 7 }] },
    { code: TOTAL('function action($) {\n  $.html(`<title>${$.query.title}</title>`)\n}'), findings: [{ line: 6 }] },
    { code: "module.exports = {\n  actions: {\n    caption: {\n      async handler(ctx) {\n        ctx.meta.$responseType = 'text/html'\n        return `<figure>${ctx.params.text}</figure>`\n      },\n    },\n  },\n}", findings: [{ line: 6 }] },
  ],
})

testRule(registered('js/sql-injection'), {
  valid: [THINK("  async findAction() {\n    return this.success(await this.model('user').where({ nickname: ['like', `%${this.get('q')}%`] }).select())\n  }")],
  invalid: [
    { code: THINK("  async searchAction() {\n    const q = this.get('q')\n    return this.success(await this.model('user').query(`SELECT id FROM think_user WHERE nickname LIKE '%${q}%'`))\n  }"), findings: [{ line: 7 }] },
    { code: TOTAL("function action($) {\n  DB().query(`SELECT id FROM documents WHERE title ILIKE '%${$.query.q}%'`).callback($.callback())\n}"), findings: [{ line: 6 }] },
  ],
})

// ali-rds (egg-mysql's `app.mysql`): `update(table, row, options)` and `insert(table, row)` write every key of the row.
testRule(registered('js/mass-assignment'), {
  valid: [EGG("  async note() {\n    const { ctx, app } = this\n    await app.mysql.update('orders', { note: String(ctx.request.body.note) }, { where: { id: ctx.params.id } })\n  }")],
  invalid: [
    { code: EGG("  async update() {\n    const { ctx, app } = this\n    await app.mysql.update('orders', ctx.request.body, { where: { id: ctx.params.id } })\n  }"), findings: [{ line: 6 }] },
  ],
})
