/**
 * JavaScript and TypeScript entry points and sinks of less common servers: uWebSockets.js reads and
 * responses, Egg.js's `curl` and `unsafeRedirect`, Actionhero actions' `params`, Encore.ts APIs and
 * their raw SQL methods, ts-rest routers, RedwoodJS services, Solid's `innerHTML` prop; and the
 * look-alikes that must stay quiet: an origin compared with the request's own, an entry picked from
 * a constant array.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const UWS = "const uWS = require('uWebSockets.js')\nconst fs = require('fs')\nconst path = require('path')\nconst app = uWS.App()\n"
const EGG = "const { Controller } = require('egg')\nclass C extends Controller {\n"
const ACTIONHERO = "const fs = require('fs')\nconst path = require('path')\nconst { Action } = require('actionhero')\nclass Read extends Action {\n"
const ENCORE = { path: 'notes/notes.ts' }
const ENCORE_HEAD = "import { api } from 'encore.dev/api'\nimport { SQLDatabase } from 'encore.dev/storage/sqldb'\nimport { readFile } from 'node:fs/promises'\nimport { basename, join } from 'node:path'\nconst db = new SQLDatabase('notes', { migrations: './migrations' })\n"
const REDWOOD = { path: 'api/src/services/posts/posts.ts' }
const TS_REST = { path: 'apps/api/src/router.ts' }
const TS_REST_HEAD = "import { initServer } from '@ts-rest/express'\nimport { prisma } from './prisma'\nconst s = initServer()\n"

testRule(registered('js/path-traversal'), {
  valid: [
    `${UWS}app.get('/f/:name', (res, req) => {\n  res.end(fs.readFileSync(path.join(DIR, path.basename(req.getParameter(0)))))\n})`,
    `${ACTIONHERO}  async run ({ params }) {\n    return { text: fs.readFileSync(path.join(ROOT, path.basename(params.file)), 'utf8') }\n  }\n}`,
    { ...ENCORE, code: `${ENCORE_HEAD}export const a = api({ expose: true, method: 'GET', path: '/a/:name' }, async ({ name }: { name: string }) => {\n  return { data: (await readFile(join(DIR, basename(name)))).toString('base64') }\n})` },
  ],
  invalid: [
    { code: `${UWS}app.get('/f/:name', (res, req) => {\n  res.end(fs.readFileSync(path.join(DIR, req.getParameter(0))))\n})`, findings: [{ line: 6 }] },
    { code: `${ACTIONHERO}  async run ({ params }) {\n    return { text: fs.readFileSync(path.join(ROOT, params.file), 'utf8') }\n  }\n}`, findings: [{ line: 6 }] },
    { code: `${ACTIONHERO}  async run (data) {\n    return { text: fs.readFileSync(path.join(ROOT, data.params.file), 'utf8') }\n  }\n}`, findings: [{ line: 6 }] },
    { ...ENCORE, code: `${ENCORE_HEAD}export const a = api({ expose: true, method: 'GET', path: '/a/:name' }, async ({ name }: { name: string }) => {\n  return { data: (await readFile(join(DIR, name))).toString('base64') }\n})`, findings: [{ line: 7 }] },
  ],
})

testRule(registered('js/xss-sink'), {
  valid: [
    `${UWS}app.get('/hello', (res, req) => {\n  res.writeHeader('Content-Type', 'text/plain').end(\`Hello, \${req.getQuery('name')}\`)\n})`,
    { path: 'src/routes/notes.tsx', code: "import DOMPurify from 'isomorphic-dompurify'\nexport default function Note(props) {\n  return <section innerHTML={DOMPurify.sanitize(props.note.body)} />\n}" },
    { path: 'src/routes/notes.tsx', code: "export default function Note() {\n  return <section innerHTML={'<b>fixed</b>'} />\n}" },
  ],
  invalid: [
    { code: `${UWS}app.get('/hello', (res, req) => {\n  res.writeHeader('Content-Type', 'text/html; charset=utf-8').end(\`<p>Hello, \${req.getQuery('name')}</p>\`)\n})`, findings: [{ line: 6 }] },
    { path: 'src/routes/notes.tsx', code: 'export default function Note(props) {\n  return <section innerHTML={props.note.body} />\n}', findings: [{ line: 2, message: /innerHTML=\{props\.note\.body\}/ }] },
  ],
})

testRule(registered('js/ssrf'), {
  valid: [
    `${EGG}  async ping () {\n    const res = await this.ctx.safeCurl(this.ctx.request.body.url, { method: 'POST' })\n    this.ctx.body = { status: res.status }\n  }\n}`,
    { ...REDWOOD, code: "import { db } from 'src/lib/db'\nexport const importFeed = async ({ source }) => {\n  const feed = await db.feed.findUnique({ where: { id: source } })\n  const res = await fetch(feed.url)\n  return res.ok\n}" },
  ],
  invalid: [
    { code: `${EGG}  async ping () {\n    const { ctx } = this\n    const res = await ctx.curl(ctx.request.body.url, { method: 'POST' })\n    ctx.body = { status: res.status }\n  }\n}`, findings: [{ line: 5 }] },
    { ...REDWOOD, code: "import { db } from 'src/lib/db'\nexport const importFeed = async ({ url }) => {\n  const res = await fetch(url)\n  return res.ok\n}", findings: [{ line: 3, message: /the GraphQL argument `url`/ }] },
  ],
})

testRule(registered('js/open-redirect'), {
  valid: [
    `${EGG}  async back () {\n    const back = this.ctx.query.back || '/'\n    this.ctx.redirect(back.startsWith('/') && !back.startsWith('//') ? back : '/')\n  }\n}`,
    "export default {\n  async fetch(request) {\n    const url = new URL(request.url)\n    const next = new URL(url.searchParams.get('next') || '/', request.url)\n    const self = new URL(request.url)\n    return Response.redirect(next.origin === self.origin ? next.toString() : self.origin + '/', 302)\n  },\n}",
    "export default {\n  async fetch(request) {\n    const self = new URL(request.url)\n    return Response.redirect(self.origin, 302)\n  },\n}",
  ],
  invalid: [
    { code: `${EGG}  async back () {\n    this.ctx.unsafeRedirect(this.ctx.query.back || '/')\n  }\n}`, findings: [{ line: 4 }] },
    { code: "export default {\n  async fetch(request) {\n    const url = new URL(request.url)\n    const next = new URL(url.searchParams.get('next') || '/', request.url)\n    return Response.redirect(next.toString(), 302)\n  },\n}", findings: [{ line: 5 }] },
  ],
})

testRule(registered('js/sql-injection'), {
  valid: [
    { path: 'src/routes/search/index.tsx', code: "import { routeLoader$ } from '@builder.io/qwik-city'\nconst KINDS = ['article', 'video'] as const\nexport const useResults = routeLoader$(async ({ query, platform }) => {\n  const kind = KINDS.find((k) => k === query.get('kind')) ?? 'article'\n  return platform.env.DB.prepare(`SELECT id FROM content WHERE kind = '${kind}'`).all()\n})" },
    { ...ENCORE, code: `${ENCORE_HEAD}export const get = api({ expose: true, method: 'GET', path: '/n/:id' }, async ({ id }: { id: string }) => {\n  return db.queryRow\`SELECT id FROM notes WHERE id = \${id}\`\n})` },
    { ...ENCORE, code: `${ENCORE_HEAD}export const s = api({ expose: true, method: 'GET', path: '/s' }, async ({ q }: { q: string }) => {\n  return { rows: await db.rawQueryAll('SELECT id FROM notes WHERE title ILIKE $1', \`%\${q}%\`) }\n})` },
  ],
  invalid: [
    { path: 'src/routes/search/index.tsx', code: "import { routeLoader$ } from '@builder.io/qwik-city'\nexport const useResults = routeLoader$(async ({ query, platform }) => {\n  const kind = query.get('kind') ?? 'article'\n  return platform.env.DB.prepare(`SELECT id FROM content WHERE kind = '${kind}'`).all()\n})", findings: [{ line: 4 }] },
    { ...ENCORE, code: `${ENCORE_HEAD}export const s = api({ expose: true, method: 'GET', path: '/s' }, async ({ q }: { q: string }) => {\n  return { rows: await db.rawQueryAll(\`SELECT id FROM notes WHERE title ILIKE '%\${q}%'\`) }\n})`, findings: [{ line: 7 }] },
    { ...ENCORE, code: `${ENCORE_HEAD}export const t = api({ expose: true, method: 'POST', path: '/t' }, async ({ tag }: { tag: string }) => {\n  await db.rawExec(\`INSERT INTO tags (name) VALUES ('\${tag}')\`)\n})`, findings: [{ line: 7 }] },
  ],
})

testRule(registered('js/mass-assignment'), {
  valid: [
    { ...TS_REST, code: `${TS_REST_HEAD}export const router = s.router(contract, {\n  update: async ({ params, body }) => {\n    const row = await prisma.invoice.update({ where: { id: params.id }, data: { notes: body.notes } })\n    return { status: 200, body: row }\n  },\n})` },
  ],
  invalid: [
    { ...TS_REST, code: `${TS_REST_HEAD}export const router = s.router(contract, {\n  update: async ({ params, body }) => {\n    const row = await prisma.invoice.update({ where: { id: params.id }, data: body })\n    return { status: 200, body: row }\n  },\n})`, findings: [{ line: 6 }] },
  ],
})
