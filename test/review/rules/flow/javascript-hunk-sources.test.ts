/**
 * Hunks of modified JS/TS files that show a handler's body but not its header or the file's
 * imports: the request (`c.req`, Koa's `ctx`) and the `fs`/`child_process`/knex calls are still
 * recognised, and the sanitised look-alikes in the same shape stay quiet.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

/** A modified file whose one hunk starts inside a function body, as `git diff -U3` cuts it. */
function hunk(path: string, context: string[], added: string[], after: string[] = ['  return c.body(null);', '});']): string {
  const lines = [...context.map((l) => ` ${l}`), ...added.map((l) => `+${l}`), ...after.map((l) => ` ${l}`)]
  const oldCount = context.length + after.length
  return [`diff --git a/${path} b/${path}`, `--- a/${path}`, `+++ b/${path}`, `@@ -40,${oldCount} +40,${lines.length} @@`, ...lines, ''].join('\n')
}

const HONO = ["  const name = c.req.query('name') ?? '';", "  const mime = c.req.query('type') ?? 'application/octet-stream';", "  c.header('Content-Type', mime);"]
const KOA = ['  const target = ctx.query.u;', "  ctx.assert(target, 400, 'u is required');", "  ctx.set('Cache-Control', 'no-store');"]

testRule(registered('js/path-traversal'), {
  valid: [
    { code: '', diff: hunk('src/routes/files.ts', HONO, ['  const data = await readFile(join(UPLOADS, basename(name)));']) },
    { code: '', diff: hunk('src/routes/files.ts', HONO, ["  const data = await readFile(join(UPLOADS, 'index.html'));"]) },
  ],
  invalid: [
    { code: '', diff: hunk('src/routes/files.ts', HONO, ['  const data = await readFile(join(UPLOADS, name));']), findings: [{ line: 43 }] },
    { code: '', diff: hunk('src/routes/files.js', KOA, ['  ctx.body = createReadStream(`/srv/media/${target}`);'], ['});']), findings: [{ line: 43 }] },
  ],
})

testRule(registered('js/shell-injection'), {
  valid: [{ code: '', diff: hunk('src/routes/convert.ts', HONO, ["  execFile('convert', [join(UPLOADS, basename(name)), 'out.png']);"]) }],
  invalid: [{ code: '', diff: hunk('src/routes/convert.ts', HONO, ['  exec(`convert ${UPLOADS}/${name} out.png`);']), findings: [{ line: 43 }] }],
})

testRule(registered('js/ssrf'), {
  valid: [{ code: '', diff: hunk('src/routes/avatar.js', KOA, ["  const res = await axios.get('https://avatars.example.com/' + encodeURIComponent(target));"], ['});']) }],
  invalid: [{ code: '', diff: hunk('src/routes/avatar.js', KOA, ["  const res = await axios.get(target, { responseType: 'arraybuffer' });"], ['});']), findings: [{ line: 43 }] }],
})

const KNEX = ["  const { status, sort = 'created_at' } = req.query;", "  let query = knex('orders').select('id', 'status');", '  if (status) query = query.where({ status });']

testRule(registered('js/sql-injection'), {
  valid: [
    { code: '', diff: hunk('src/routes/orders.js', KNEX, ["  if (req.query.min) query = query.whereRaw('total >= ?', [req.query.min]);"], ['  res.json(await query);', '});']) },
    { code: '', diff: hunk('src/routes/orders.js', KNEX, ["  const column = SORTABLE.has(sort) ? sort : 'created_at';", '  query = query.orderByRaw(`${column} DESC`);'], ['  res.json(await query);', '});']) },
  ],
  invalid: [
    { code: '', diff: hunk('src/routes/orders.js', KNEX, ["  if (req.query.q) query = query.whereRaw(`notes ILIKE '%${req.query.q}%'`);"], ['  res.json(await query);', '});']), findings: [{ line: 43 }] },
    { code: '', diff: hunk('src/routes/orders.js', KNEX, ['  query = query.orderByRaw(`${sort} DESC`);'], ['  res.json(await query);', '});']), findings: [{ line: 43 }] },
  ],
})

// Two hunks of one handler: the `if (…) {` between them is not shown, so the second hunk's `}` would
// close the handler and leave `url` behind; the gap's brackets are written back.
const twoHunks = (fetchLine: string) =>
  [
    'diff --git a/proxy/server.js b/proxy/server.js',
    '--- a/proxy/server.js',
    '+++ b/proxy/server.js',
    '@@ -1,6 +1,7 @@',
    " import http from 'node:http';",
    ' ',
    ' const PORT = Number(process.env.PORT || 8080);',
    "+const CDN = 'https://images.example-cdn.com';",
    ' ',
    ' const server = http.createServer(async (req, res) => {',
    '   const url = new URL(req.url, `http://${req.headers.host}`);',
    '@@ -9,6 +10,11 @@ const server = http.createServer(async (req, res) => {',
    '     res.end(JSON.stringify({ ok: true }));',
    '     return;',
    '   }',
    "+  if (url.pathname === '/img') {",
    "+    const src = url.searchParams.get('src');",
    `+    ${fetchLine}`,
    '+    return res.end(Buffer.from(await upstream.arrayBuffer()));',
    '+  }',
    '   res.writeHead(404);',
    '   res.end();',
    ' });',
    '',
  ].join('\n')

testRule(registered('js/ssrf'), {
  valid: [{ code: '', diff: twoHunks('const upstream = await fetch(`${CDN}/${encodeURIComponent(src)}`);') }],
  invalid: [{ code: '', diff: twoHunks('const upstream = await fetch(src);'), findings: [{ line: 15 }] }],
})

// A NestJS controller's hunk that starts inside a route: the `@Body() dto` parameter is above it. A tRPC
// router's hunk inside a resolver: `input` is destructured in the resolver's header, above it too.
const NEST = ['    const started = Date.now();', "    const headers = { 'x-signature': dto.secret };", '    const payload = { name: dto.name };']
const nestHunk = (added: string, path = 'src/integrations/integrations.controller.ts') =>
  hunk(path, NEST, [added], ['    return { status: res.status, ms: Date.now() - started };', '  }'])
const TRPC = ['    const started = Date.now();', '    const headers = { accept: "application/json" };', '    ctx.log.info({ started });']

testRule(registered('js/ssrf'), {
  valid: [
    { code: '', diff: nestHunk("    const res = await firstValueFrom(this.http.post('https://hooks.example.com/test', payload, { headers }));") },
    // `input` outside a tRPC router is any function's parameter.
    { code: '', diff: hunk('src/lib/fetch-json.ts', TRPC, ['    const res = await fetch(input, { headers });'], ['    return res.json();', '  }']) },
  ],
  invalid: [
    { code: '', diff: nestHunk('    const res = await firstValueFrom(this.http.post(dto.endpoint, payload, { headers }));'), findings: [{ line: 43 }] },
    { code: '', diff: nestHunk('    const res = await firstValueFrom(this.http.post(createHookDto.url, payload, { headers }));'), findings: [{ line: 43 }] },
    { code: '', diff: hunk('src/server/api/routers/feeds.ts', TRPC, ['    const res = await fetch(input.url, { headers });'], ['    return res.text();', '  }),']), findings: [{ line: 43 }] },
    { code: '', diff: hunk('src/server/feeds.ts', TRPC, ['    const res = await fetch(input.url, { headers });'], ['    return res.text();', '  }),', '  list: publicProcedure.query(() => feeds.all()),']), findings: [{ line: 43 }] },
  ],
})

// A hunk inside a route handler whose first line git names in the hunk header (`@@ … @@ router.get(…) => {`): the
// header is put back over the gap, so the handler, its `res` and what it read into `body` above the hunk are in view.
const inRoute = (section: string, added: string[]) =>
  [
    'diff --git a/server/routes/search.js b/server/routes/search.js',
    '--- a/server/routes/search.js',
    '+++ b/server/routes/search.js',
    `@@ -16,6 +16,${6 + added.length - 1} @@ ${section}`,
    "   const total = await db.count('orders');",
    "   const recent = await db.count('recent');",
    "   const open = await db.count('open');",
    '-  res.json({ total, recent, open });',
    ...added.map((l) => `+${l}`),
    ' });',
    ' ',
    '',
  ].join('\n')

testRule(registered('js/xss-sink'), {
  valid: [
    { code: '', diff: inRoute("router.get('/search', async (req, res) => {", ['  res.send(`<p>${escapeHtml(req.query.q)}: ${total}</p>`);']) },
    { code: '', diff: inRoute("router.get('/search', async (req, res) => {", ['  res.json({ q: req.query.q, total, recent, open });']) },
  ],
  invalid: [
    { code: '', diff: inRoute("router.get('/search', async (req, res) => {", ['  res.send(`<p>${req.query.q}: ${total}</p>`);']), findings: [{ line: 19 }] },
  ],
})

testRule(registered('js/ssrf'), {
  valid: [
    { code: '', diff: inRoute("router.post('/hook', async (req, res) => {", ["  await fetch(`${HOOKS_API}/deliveries/${encodeURIComponent(body.id)}`, { method: 'POST' });", '  res.sendStatus(204);']) },
    // Outside a handler, `body` is any value (a response read above the hunk).
    { code: '', diff: inRoute('async function syncAll(client) {', ["  await fetch(body.next, { method: 'GET' });", '  return total;']) },
  ],
  invalid: [
    { code: '', diff: inRoute("router.post('/hook', async (req, res) => {", ["  await fetch(body.callbackUrl, { method: 'POST' });", '  res.sendStatus(204);']), findings: [{ line: 19 }] },
  ],
})

// A hunk of a route callback nested in a plugin or mount function: the callback's line is in the gap and the hunk
// header names only the outer function, so the callback is written back with the parameters its body uses.
const inPlugin = (section: string, added: string[], closers = ['  });', '}']) =>
  [
    'diff --git a/src/routes/report.ts b/src/routes/report.ts',
    '--- a/src/routes/report.ts',
    '+++ b/src/routes/report.ts',
    `@@ -12,5 +12,${5 + added.length - 1} @@ ${section}`,
    "    const a = await app.db.count('a');",
    "    const b = await app.db.count('b');",
    "    const c = await app.db.count('c');",
    '-    return reply.send({ a, b, c });',
    ...added.map((l) => `+${l}`),
    ...closers.map((l) => ` ${l}`),
    '',
  ].join('\n')

testRule(registered('js/xss-sink'), {
  valid: [
    { code: '', diff: inPlugin('export default async function routes(app: FastifyInstance) {', ["    reply.type('text/plain');", '    return reply.send(`Report for ${request.query.title}`);']) },
    // A fetch response read back is no reply to a client.
    { code: '', diff: inPlugin('export async function loadAll(app: App) {', ['    const data = await response.json();', '    el.textContent = `${data.title}`;']) },
  ],
  invalid: [
    { code: '', diff: inPlugin('export default async function routes(app: FastifyInstance) {', ["    reply.type('text/html');", '    return reply.send(`<h1>Report for ${request.query.title}</h1>`);']), findings: [{ line: 16 }] },
    { code: '', diff: inPlugin('function mount(app) {', ["    res.send('<p>Hello ' + req.query.name + '</p>');"]), findings: [{ line: 15 }] },
  ],
})

// Two hunks of a plugin: the first starts inside one route's callback, the second shows the plugin's own closing `}`.
// That `}` closes a block opened before the first hunk, so its opener goes above the first hunk, not into the gap.
const pluginTwoHunks = (readLine: string) =>
  [
    'diff --git a/src/plugins/media.ts b/src/plugins/media.ts',
    '--- a/src/plugins/media.ts',
    '+++ b/src/plugins/media.ts',
    '@@ -20,6 +20,7 @@ export const media = async (app: FastifyInstance) => {',
    "     return reply.type('image/webp').send(createReadStream(file))",
    '   })',
    ' ',
    "+  app.get('/media/health', async () => ({ ok: true }))",
    "   app.post('/media/import', async (request, reply) => {",
    '     const { url } = request.body',
    '     const response = await axios.get(url, {',
    '@@ -30,4 +31,9 @@ export const media = async (app: FastifyInstance) => {',
    '     await saveImport(response.data)',
    "     return reply.code(201).send({ id: response.headers['x-id'] })",
    '   })',
    '+',
    "+  app.get('/media/file/:name', async (request, reply) => {",
    '+    const file = path.join(MEDIA_ROOT, request.params.name)',
    `+    ${readLine}`,
    '+  })',
    ' }',
    '',
  ].join('\n')

testRule(registered('js/path-traversal'), {
  valid: [{ code: '', diff: pluginTwoHunks("return reply.send(createReadStream(path.join(MEDIA_ROOT, 'index.webp')))") }],
  invalid: [{ code: '', diff: pluginTwoHunks('return reply.send(createReadStream(file))'), findings: [{ line: 37 }] }],
})

/**
 * A hunk that starts inside a multi-line template literal (a query opened above the hunk) shows
 * its closing backtick first: the rows up to it are the literal's body, and the code after it
 * parses as code, so an ORDER BY spliced from the query below is read.
 */
const QUERY_TAIL = ['    FROM invoices', '    WHERE account_id = $1 AND paid_at IS NULL', "      AND due_at < now() - ($2 || ' days')::interval`"]

testRule(registered('js/sql-injection'), {
  valid: [
    {
      code: '',
      diff: hunk('src/routes/invoices.js', QUERY_TAIL, ["  const order = req.query.order === 'amount' ? 'total_cents' : 'due_at'", '  sql += ` ORDER BY ${order}`'], ['  const { rows } = await pool.query(sql, values)', '  res.json(rows)']),
    },
    // A template opened in the hunk and left open below it is not a tail: its body stays text.
    {
      code: '',
      diff: hunk('src/routes/invoices.js', ['  const order = req.query.order', '  res.json({ ok: true })', '  const help = `'], ['  ORDER BY ${order}'], ['  (sorted)']),
    },
  ],
  invalid: [
    {
      code: '',
      diff: hunk('src/routes/invoices.js', QUERY_TAIL, ["  const order = req.query.order || 'due_at'", '  sql += ` ORDER BY ${order}`'], ['  const { rows } = await pool.query(sql, values)', '  res.json(rows)']),
      findings: [{ line: 44 }],
    },
  ],
})
