/**
 * Node libraries and frameworks read as their documentation says: busboy's part names and file
 * names, unzipper entries of an uploaded archive, a `worker_threads` Worker given code with
 * `eval: true`, ssh2's `conn.exec` and node-ssh's `execCommand`, Bun's shell handed `sh -c` a
 * string, Meteor's `fetch` and `HTTP.get`, AdonisJS controllers (IoC `use()`, `params`,
 * `response.attachment`, `Logger`, v6's `response.redirect().toPath`), hapi's `server.state` cookie
 * options, classes written as expressions (`exports.Messages = class … extends Service`), Deno's
 * `serveFile`, better-sqlite3's `backup` and `ATTACH DATABASE`, Elysia's handler context (`body`,
 * `set.redirect`, `set.headers`), ldapjs base DNs and filters handed through a helper, and Kysely's
 * `sql.raw`/`sql.lit` of an exported function's parameter. Look-alikes are the safe forms of each.
 */
import { describe, it } from 'vitest'
import { reviewChangeset } from '../../../../src/review/engine'
import { loadSyntaxRuntime } from '../../../../src/review/syntax/runtime'
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const BUSBOY = "const Busboy = require('busboy')\nconst fs = require('fs')\nconst path = require('path')\nfunction upload(req, res) {\n  const bb = Busboy({ headers: req.headers })\n"
const ADONIS = { path: 'app/Controllers/Http/InvoiceController.js' }
const ADONIS_HEAD = "'use strict'\nconst Helpers = use('Helpers')\nconst Invoice = use('App/Models/Invoice')\nconst Logger = use('Logger')\n"

testRule(registered('js/path-traversal'), {
  valid: [
    // A name the server made, and the client's name kept only as data.
    { code: `${BUSBOY}  bb.on('file', (field, file, info) => {\n    const stored = require('crypto').randomUUID() + '.bin'\n    file.pipe(fs.createWriteStream(path.join('/srv/inbox', stored)))\n    res.locals.original = info.filename\n  })\n  req.pipe(bb)\n}` },
    // An archive entry whose resolved path is checked against the folder first.
    { code: "import unzipper from 'unzipper'\nimport { createWriteStream } from 'node:fs'\nimport { resolve, sep } from 'node:path'\nexport async function load(req, res) {\n  const dir = resolve('/srv/themes')\n  const zip = await unzipper.Open.buffer(req.file.buffer)\n  for (const entry of zip.files) {\n    const target = resolve(dir, entry.path)\n    if (!target.startsWith(dir + sep)) continue\n    entry.stream().pipe(createWriteStream(target))\n  }\n}", path: 'src/themes.ts' },
    // Express's `res.attachment(name)` only names the download in a header.
    "app.get('/r/:name', (req, res) => {\n  res.attachment(req.params.name)\n  res.send(report)\n})",
    // An AdonisJS download of a file named after the record's own id.
    { ...ADONIS, code: `${ADONIS_HEAD}class InvoiceController {\n  async receipt({ params, response }) {\n    const invoice = await Invoice.findOrFail(params.id)\n    return response.download(Helpers.tmpPath(\`invoice-\${invoice.id}.pdf\`))\n  }\n}\nmodule.exports = InvoiceController` },
    // A file served by its base name; a backup named by the server.
    { code: "import { serveFile } from 'jsr:@std/http/file-server'\nimport { join, basename } from 'jsr:@std/path'\nDeno.serve((req) => serveFile(req, join('./covers', basename(new URL(req.url).pathname))))", path: 'main.ts' },
    { code: "import Database from 'better-sqlite3'\nconst db = new Database('notes.db')\napp.post('/backup', (req, res) => {\n  db.backup(`backups/${Date.now()}.db`).then(() => res.sendStatus(204))\n})", path: 'src/notes.ts' },
  ],
  invalid: [
    { code: `${BUSBOY}  bb.on('file', (field, file, info) => {\n    file.pipe(fs.createWriteStream(path.join('/srv/inbox', info.filename)))\n  })\n  req.pipe(bb)\n}`, findings: [{ line: 7, message: /multipart `info`/ }] },
    // busboy 0.x passes the file name as a parameter of its own.
    { code: `${BUSBOY}  bb.on('file', (fieldname, file, filename) => {\n    file.pipe(fs.createWriteStream(\`/srv/inbox/\${filename}\`))\n  })\n  req.pipe(bb)\n}`, findings: [{ line: 7 }] },
    // An uploaded archive's entries are named by whoever made it, not by multer.
    { code: "import unzipper from 'unzipper'\nimport { createWriteStream } from 'node:fs'\nimport { join } from 'node:path'\nexport async function load(req, res) {\n  const zip = await unzipper.Open.buffer(req.file.buffer)\n  for (const entry of zip.files) {\n    entry.stream().pipe(createWriteStream(join('/srv/themes', entry.path)))\n  }\n}", path: 'src/themes.ts', findings: [{ line: 7, message: /archive entry's `path`/ }] },
    // AdonisJS streams the file `response.attachment` is given; `params` are the route's.
    { ...ADONIS, code: `${ADONIS_HEAD}class InvoiceController {\n  async attachment({ params, response }) {\n    return response.attachment(Helpers.appRoot(\`storage/attachments/\${params.name}\`))\n  }\n}\nmodule.exports = InvoiceController`, findings: [{ line: 7 }] },
    // Deno's file server sends whatever file the path names.
    { code: "import { serveFile } from 'jsr:@std/http/file-server'\nimport { join } from 'jsr:@std/path'\nDeno.serve((req) => {\n  const rel = decodeURIComponent(new URL(req.url).pathname.slice(7))\n  return serveFile(req, join('./media', rel))\n})", path: 'main.ts', findings: [{ line: 5 }] },
    // better-sqlite3 writes its backup wherever it is told.
    { code: "import Database from 'better-sqlite3'\nconst db = new Database('notes.db')\napp.post('/backup', (req, res) => {\n  db.backup(`backups/${req.body.name}.db`).then(() => res.sendStatus(204))\n})", path: 'src/notes.ts', findings: [{ line: 4 }] },
  ],
})

testRule(registered('js/sql-injection'), {
  valid: [
    { code: "import Database from 'better-sqlite3'\nconst db = new Database('notes.db')\napp.post('/attach', (req, res) => {\n  db.exec(\"ATTACH DATABASE 'archive.db' AS archive\")\n  res.sendStatus(204)\n})", path: 'src/notes.ts' },
  ],
  invalid: [
    // The file name sits in a string literal of the statement: a quote ends it.
    { code: "import Database from 'better-sqlite3'\nconst db = new Database('notes.db')\napp.post('/attach', (req, res) => {\n  db.exec(`ATTACH DATABASE '${req.body.file}' AS imported`)\n  res.sendStatus(204)\n})", path: 'src/notes.ts', findings: [{ line: 4 }] },
  ],
})

const KYSELY = "import { sql } from 'kysely'\nimport { db } from './db'\n"

testRule(registered('js/sql-injection'), {
  valid: [
    // A number, a value the function checks against a fixed set, and a function the module keeps to itself.
    { code: `${KYSELY}export function top(limit: number) {\n  return sql\`select * from orders limit \${sql.lit(limit)}\`.execute(db)\n}`, path: 'src/reports/queries.ts' },
    { code: `${KYSELY}const COLUMNS = ['country', 'plan']\nexport function grouped(by: string) {\n  if (!COLUMNS.includes(by)) throw new Error('bad column')\n  return db.selectFrom('orders').select(sql.raw(by).as('bucket')).execute()\n}`, path: 'src/reports/queries.ts' },
    { code: `${KYSELY}function grouped(by: string) {\n  return db.selectFrom('orders').select(sql.raw(by).as('bucket')).execute()\n}\nexport const byCountry = () => grouped('country')`, path: 'src/reports/queries.ts' },
    // A bound value.
    { code: `${KYSELY}export function labelled(label: string) {\n  return db.selectFrom('orders').select(sql<string>\`\${label}\`.as('label')).execute()\n}`, path: 'src/reports/queries.ts' },
  ],
  invalid: [
    { code: `${KYSELY}export function labelled(label: string) {\n  return db.selectFrom('orders').select(sql.lit(label).as('label')).execute()\n}`, path: 'src/reports/queries.ts', findings: [{ line: 4, message: /parameter of the exported `labelled`/ }] },
    { code: `${KYSELY}export const grouped = async (filter: { by?: string }) =>\n  db.selectFrom('orders').select(sql.raw(filter.by ?? 'country').as('bucket')).execute()`, path: 'src/reports/queries.ts', findings: [{ line: 4 }] },
  ],
})

const ELYSIA = "import { Elysia, t } from 'elysia'\nimport { drizzle } from 'drizzle-orm/bun-sqlite'\nimport { bookmarks } from './schema'\nconst db = drizzle(sqlite)\n"

testRule(registered('js/mass-assignment'), {
  valid: [
    // Named fields, and a body the route's schema declares.
    { code: `${ELYSIA}new Elysia().post('/b', ({ body }) => db.insert(bookmarks).values({ title: body.title, url: body.url }))`, path: 'src/index.ts' },
    { code: `${ELYSIA}new Elysia().post('/b', ({ body }) => db.insert(bookmarks).values(body), { body: t.Object({ title: t.String(), url: t.String() }) })`, path: 'src/index.ts' },
  ],
  invalid: [
    { code: `${ELYSIA}new Elysia().post('/b', ({ body }) => db.insert(bookmarks).values(body))`, path: 'src/index.ts', findings: [{ line: 5 }] },
  ],
})

testRule(registered('js/open-redirect'), {
  valid: [
    { code: `${ELYSIA}new Elysia().get('/home', ({ set }) => {\n  set.redirect = '/dashboard'\n})`, path: 'src/index.ts' },
    { code: "import type { HttpContext } from '@adonisjs/core/http'\nexport default class SessionController {\n  async destroy({ response }: HttpContext) {\n    return response.redirect().toRoute('home')\n  }\n}", path: 'app/controllers/session_controller.ts' },
  ],
  invalid: [
    { code: `${ELYSIA}new Elysia().get('/open', ({ query, set }) => {\n  set.redirect = query.url\n})`, path: 'src/index.ts', findings: [{ line: 6 }] },
    { code: "import type { HttpContext } from '@adonisjs/core/http'\nexport default class SessionController {\n  async store({ request, response }: HttpContext) {\n    return response.redirect().toPath(request.input('next', '/'))\n  }\n}", path: 'app/controllers/session_controller.ts', findings: [{ line: 4 }] },
  ],
})

testRule(registered('js/xss-sink'), {
  valid: [
    { code: `${ELYSIA}new Elysia().get('/hello', ({ query }) => ({ greeting: \`Hello \${query.name}\` }))`, path: 'src/index.ts' },
  ],
  invalid: [
    { code: `${ELYSIA}new Elysia().get('/hello', ({ query, set }) => {\n  set.headers['content-type'] = 'text/html; charset=utf-8'\n  return \`<p>Hello \${query.name}</p>\`\n})`, path: 'src/index.ts', findings: [{ line: 7 }] },
  ],
})

const LDAP = "import ldap from 'ldapjs'\nconst client = ldap.createClient({ url: 'ldaps://ldap.example' })\nfunction search(opts) {\n  return new Promise((resolve) => client.search('ou=people,dc=example', opts, (err, res) => resolve(res)))\n}\n"

testRule(registered('js/ldap-injection'), {
  valid: [
    // Filters built from objects, or parsed where the parse itself is judged, reach the helper as the library's objects.
    { code: `${LDAP}app.get('/p', async (req, res) => {\n  res.json(await search({ filter: new ldap.EqualityFilter({ attribute: 'mail', value: String(req.query.mail) }) }))\n})`, path: 'src/people.ts' },
    // A base DN the code fixes.
    { code: "import ldap from 'ldapjs'\nconst client = ldap.createClient({ url: 'ldaps://ldap.example' })\napp.get('/g', (req, res) => {\n  client.search('cn=staff,ou=groups,dc=example', { scope: 'base' }, (err, r) => r.on('end', () => res.end()))\n})", path: 'src/people.ts' },
  ],
  invalid: [
    { code: `${LDAP}app.get('/p', async (req, res) => {\n  res.json(await search({ filter: \`(cn=*\${req.query.name}*)\` }))\n})`, path: 'src/people.ts', findings: [{ line: 4 }] },
    { code: "import ldap from 'ldapjs'\nconst client = ldap.createClient({ url: 'ldaps://ldap.example' })\napp.get('/g', (req, res) => {\n  client.search(`cn=${req.query.group},ou=groups,dc=example`, { scope: 'base' }, (err, r) => r.on('end', () => res.end()))\n})", path: 'src/people.ts', findings: [{ line: 4, message: /base DN/ }] },
  ],
})

testRule(registered('js/code-eval'), {
  valid: [
    // A worker script from a file, handed data.
    "const { Worker } = require('worker_threads')\napp.post('/t', (req, res) => {\n  const worker = new Worker('./workers/transform.js', { workerData: { script: req.body.script } })\n  worker.once('message', (out) => res.json(out))\n})",
  ],
  invalid: [
    { code: "const { Worker } = require('node:worker_threads')\napp.post('/t', (req, res) => {\n  const worker = new Worker(`require('worker_threads').parentPort.postMessage(${req.body.script})`, { eval: true })\n  worker.once('message', (out) => res.json(out))\n})", findings: [{ line: 3 }] },
  ],
})

const SSH = "const { Client } = require('ssh2')\nconst conn = new Client()\n"

testRule(registered('js/shell-injection'), {
  valid: [
    // A fixed remote command; a count converted to a number.
    { code: `${SSH}app.post('/deploy', (req, res) => {\n  conn.exec('cd /srv/app && git pull --ff-only', (err, stream) => stream.pipe(res))\n})` },
    { code: `${SSH}app.get('/logs', (req, res) => {\n  const n = Number.parseInt(req.query.n, 10) || 100\n  conn.exec(\`journalctl -u app -n \${n}\`, (err, stream) => stream.pipe(res))\n})` },
    // Bun's shell quotes each value it interpolates.
    { code: "import { $ } from 'bun'\nBun.serve({\n  async fetch(req) {\n    const host = new URL(req.url).searchParams.get('host') ?? ''\n    return new Response(await $`ping -c 1 ${host}`.text())\n  },\n})", path: 'server.ts' },
  ],
  invalid: [
    { code: `${SSH}app.post('/deploy', (req, res) => {\n  conn.exec(\`cd /srv/app && git checkout \${req.body.branch}\`, (err, stream) => stream.pipe(res))\n})`, findings: [{ line: 4, message: /remote host's shell/ }] },
    { code: "const { NodeSSH } = require('node-ssh')\nconst ssh = new NodeSSH()\napp.post('/grep', async (req, res) => {\n  const out = await ssh.execCommand(`grep -r ${req.body.term} /var/log/app`)\n  res.send(out.stdout)\n})", findings: [{ line: 4 }] },
    // `sh -c` runs the one argument Bun's quoting made of the string.
    { code: "import { $ } from 'bun'\nBun.serve({\n  async fetch(req) {\n    const host = new URL(req.url).searchParams.get('host') ?? ''\n    return new Response(await $`sh -c ${`ping -c 1 ${host}`}`.text())\n  },\n})", path: 'server.ts', findings: [{ line: 5, message: /script of `-c`/ }] },
  ],
})

const METEOR = "import { Meteor } from 'meteor/meteor'\nimport { check } from 'meteor/check'\nimport { fetch } from 'meteor/fetch'\nimport { HTTP } from 'meteor/http'\n"

testRule(registered('js/ssrf'), {
  valid: [
    // The host is the code's; the method's argument is checked to a repository name.
    { code: `${METEOR}Meteor.methods({\n  status(repo) {\n    check(repo, Match.Where((r) => /^[\\w.-]+\\/[\\w.-]+$/.test(r)))\n    return HTTP.get(\`https://api.github.com/repos/\${repo}/commits/HEAD/status\`).data\n  },\n})`, path: 'imports/api/methods.js' },
  ],
  invalid: [
    { code: `${METEOR}Meteor.methods({\n  async importFeed(feedUrl) {\n    check(feedUrl, String)\n    const res = await fetch(feedUrl)\n    return res.text()\n  },\n})`, path: 'imports/api/methods.js', findings: [{ line: 8 }] },
    // A Feathers service written as a class expression, as its generator writes them.
    { code: "const { Service } = require('feathers-knex')\nconst axios = require('axios')\nexports.Links = class Links extends Service {\n  async create(data, params) {\n    const { data: page } = await axios.get(data.url)\n    return super.create({ title: String(page).slice(0, 80) }, params)\n  }\n}", path: 'src/services/links/links.class.js', findings: [{ line: 5 }] },
  ],
})

testRule(registered('js/log-injection'), {
  valid: [
    { ...ADONIS, code: `${ADONIS_HEAD}class InvoiceController {\n  async remind({ request, response }) {\n    Logger.info('reminder note', { note: request.input('note') })\n    return response.noContent()\n  }\n}\nmodule.exports = InvoiceController` },
  ],
  invalid: [
    { ...ADONIS, code: `${ADONIS_HEAD}class InvoiceController {\n  async remind({ request, response }) {\n    Logger.info(\`reminder note: \${request.input('note')}\`)\n    return response.noContent()\n  }\n}\nmodule.exports = InvoiceController`, findings: [{ line: 7 }] },
  ],
})

testRule(registered('crypto/insecure-cookie'), {
  valid: [
    // A preference cookie may travel over HTTP; a session cookie with both flags on.
    { code: "server.state('lang', {\n  ttl: null,\n  isSecure: false,\n  isHttpOnly: false,\n  encoding: 'none',\n})", path: 'src/server.js' },
    { code: "server.state('sid', {\n  ttl: 86400000,\n  isSecure: true,\n  isHttpOnly: true,\n  encoding: 'iron',\n})", path: 'src/server.js' },
  ],
  invalid: [
    { code: "server.state('sid', {\n  ttl: 86400000,\n  isSecure: false,\n  isHttpOnly: true,\n  encoding: 'iron',\n})", path: 'src/server.js', findings: [{ line: 3, message: /`sid` cookie travel over plain HTTP/ }] },
    { code: "server.state('session', {\n  isSecure: true,\n  isHttpOnly: false,\n})", path: 'src/server.js', findings: [{ line: 3, message: /readable from JavaScript/ }] },
  ],
})

/** A modified file sent with its full content: `lines` is the new side, `added` its added 1-based lines. */
function modified(path: string, lines: string[], added: number[]) {
  const hunks = added.map((n) => `@@ -${n},0 +${n},1 @@\n+${lines[n - 1]}`).join('\n')
  return { path, diff: `diff --git a/${path} b/${path}\n--- a/${path}\n+++ b/${path}\n${hunks}\n`, content: lines.join('\n') }
}

describe('a helper the change left alone, fed request data by added calls', () => {
  it('is reported at each added call', async ({ expect }) => {
    await loadSyntaxRuntime()
    const lines = [
      "const { exec } = require('child_process')",
      'function run(cmd) {',
      '  return exec(cmd)',
      '}',
      "app.get('/up', (req, res) => res.send(run('uptime')))",
      "app.get('/ping', (req, res) => res.send(run(`ping -c 1 ${req.query.host}`)))",
      "app.get('/dig', (req, res) => res.send(run(`dig ${req.query.name}`)))",
      "app.get('/df', (req, res) => res.send(run('df -h')))",
    ]
    const result = reviewChangeset([modified('src/ops.js', lines, [6, 7, 8])], { profile: 'default' })
    const shell = result.findings.filter((f) => f.ruleId === 'js/shell-injection')
    expect(shell.map((f) => f.line)).toEqual([6, 7])
    expect(shell[1]!.message).not.toMatch(/line 6/)
  })
})

// Node's client picked by a ternary over http and https is still Node's client, and proxies forward the client's
// request to their target: http-proxy-middleware's createProxyMiddleware and http-proxy's server, with the target from
// the request. A fixed upstream, or one picked from a map, stays quiet.
testRule(registered('js/ssrf'), {
  valid: [
    "import http from 'node:http'\nimport https from 'node:https'\napp.post('/check', (req, res) => {\n  const client = req.body.tls ? https : http\n  client.request({ host: 'status.example.com', path: '/', method: 'HEAD' }, (r) => res.json({ status: r.statusCode })).end()\n})",
    "import { createProxyMiddleware } from 'http-proxy-middleware'\napp.use('/cdn', createProxyMiddleware({ target: 'https://cdn.example.com', changeOrigin: true }))",
    "import { createProxyMiddleware } from 'http-proxy-middleware'\nconst UPSTREAMS: Record<string, string> = { eu: 'https://eu.api.example.com', us: 'https://us.api.example.com' }\napp.use('/api', (req, res, next) => {\n  const target = UPSTREAMS[String(req.query.region)] ?? UPSTREAMS.eu\n  return createProxyMiddleware({ target, changeOrigin: true })(req, res, next)\n})",
  ],
  invalid: [
    { code: "import http from 'node:http'\nimport https from 'node:https'\napp.post('/check', (req, res) => {\n  const client = Number(req.body.port) === 80 ? http : https\n  client.request({ host: String(req.body.host), path: '/', method: 'HEAD' }, (r) => res.json({ status: r.statusCode })).end()\n})", findings: [{ line: 5 }] },
    { code: "import { createProxyMiddleware } from 'http-proxy-middleware'\napp.use('/preview', (req, res, next) => {\n  const target = String(req.query.url)\n  return createProxyMiddleware({ target, changeOrigin: true, ignorePath: true })(req, res, next)\n})", findings: [{ line: 4 }] },
    { code: "import httpProxy from 'http-proxy'\nconst proxy = httpProxy.createProxyServer({ changeOrigin: true })\napp.all('/relay', (req, res) => {\n  proxy.web(req, res, { target: req.query.upstream as string })\n})", findings: [{ line: 4 }] },
  ],
})
