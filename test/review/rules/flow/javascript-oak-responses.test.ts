/**
 * Oak (and Koa) send `ctx.response.body` as `text/html` when the string reads as markup, as Koa's `ctx.body`; Deno's
 * sqlite `db.queryEntries(sql)` and deno-postgres's `client.queryObject(sql)` run their text as written. Look-alikes:
 * escaped markup, bound parameters.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const TS = { path: 'routes/notes.ts' }
const HEAD = "import { Router } from 'jsr:@oak/oak'\nimport { escape } from 'jsr:@std/html'\nimport { DB } from 'https://deno.land/x/sqlite@v3.9.1/mod.ts'\nconst db = new DB('notes.db')\nexport const notes = new Router()\n"

testRule(registered('js/xss-sink'), {
  valid: [
    { ...TS, code: `${HEAD}notes.get('/', (ctx) => {\n  const q = ctx.request.url.searchParams.get('q') ?? ''\n  ctx.response.body = \`<p>Results for \${escape(q)}</p>\`\n})\n` },
    { ...TS, code: `${HEAD}notes.get('/', (ctx) => {\n  ctx.response.body = '<h1>Notes</h1>'\n})\n` },
  ],
  invalid: [
    { ...TS, code: `${HEAD}notes.get('/', (ctx) => {\n  const q = ctx.request.url.searchParams.get('q') ?? ''\n  ctx.response.type = 'text/html'\n  ctx.response.body = \`<p>Results for \${q}</p>\`\n})\n`, findings: [{ line: 9 }] },
  ],
})

testRule(registered('js/sql-injection'), {
  valid: [
    { ...TS, code: `${HEAD}notes.get('/export', (ctx) => {\n  const q = ctx.request.url.searchParams.get('q') ?? ''\n  ctx.response.body = db.queryEntries('select id, title from notes where title like ?', [\`%\${q}%\`])\n})\n` },
  ],
  invalid: [
    { ...TS, code: `${HEAD}notes.get('/export', (ctx) => {\n  const order = ctx.request.url.searchParams.get('order') ?? 'id'\n  ctx.response.body = db.queryEntries(\`select id, title from notes order by \${order}\`)\n})\n`, findings: [{ line: 8 }] },
    { ...TS, code: `import { Client } from 'https://deno.land/x/postgres/mod.ts'\nconst client = new Client()\nDeno.serve(async (req: Request) => {\n  const tag = new URL(req.url).searchParams.get('tag') ?? ''\n  const { rows } = await client.queryObject(\`select * from posts where tag = '\${tag}'\`)\n  return Response.json(rows)\n})\n`, findings: [{ line: 5 }] },
  ],
})
