/**
 * Values read back from a store, and values the program makes itself: rows a query builder
 * filtered by request data (knex, Kysely, drizzle), a cache or KV entry keyed by it, and the
 * response of an injected HTTP client are stored data, not the request's text; a `mkdtemp` path
 * or a random id carries no text at all. Next.js's `headers()`, NestJS's `@Args()` and
 * `@MessageBody()`, `util.format`, and local helpers that return markup carry request data on; a
 * check kept in a constant (`const local = …`) guards a ternary or an `if` on that name as it would inline.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const TS = { path: 'src/routes/links.ts' }

testRule(registered('js/open-redirect'), {
  valid: [
    { ...TS, code: "app.get('/k/:slug', async (req, res) => {\n  const row = await db('links').where({ slug: req.params.slug }).first()\n  res.redirect(row.url)\n})" },
    { ...TS, code: "app.get('/y/:slug', async (req, res) => {\n  const row = await kdb.selectFrom('links').selectAll().where('slug', '=', req.params.slug).executeTakeFirst()\n  res.redirect(row.url)\n})" },
    { ...TS, code: "import { eq } from 'drizzle-orm'\napp.get('/l/:slug', async (c) => {\n  const [link] = await drizzle(c.env.DB).select().from(links).where(eq(links.slug, c.req.param('slug')))\n  return c.redirect(link.target, 302)\n})" },
    { ...TS, code: "app.get('/r/:slug', async (req, res) => {\n  const target = await redis.get(`link:${req.params.slug}`)\n  res.redirect(target ?? '/')\n})" },
    { ...TS, code: "app.get('/s/:slug', async (c) => {\n  const url = await c.env.LINKS.get(c.req.param('slug'))\n  return url ? c.redirect(url) : c.notFound()\n})" },
    { ...TS, code: "app.get('/back', (req, res) => {\n  const target = String(req.query.returnTo || '/')\n  const local = target.startsWith('/') && !target.startsWith('//')\n  res.redirect(local ? target : '/')\n})" },
    // the same kept check read by an `if`: a rejecting early return, or the checked branch
    { ...TS, code: "app.get('/back', (req, res) => {\n  const target = String(req.query.returnTo || '/')\n  const local = target.startsWith('/') && !target.startsWith('//')\n  if (!local) return res.redirect('/')\n  res.redirect(target)\n})" },
    { ...TS, code: "app.get('/back', (req, res) => {\n  const target = String(req.query.returnTo || '/')\n  const local = target.startsWith('/') && !target.startsWith('//')\n  if (local) res.redirect(target)\n  else res.redirect('/')\n})" },
    { ...TS, code: "app.get('/back', (req, res) => {\n  const target = String(req.query.returnTo || '/')\n  const local = (target.startsWith('/') && !target.startsWith('//'))\n  if (local) {\n    return res.redirect(target)\n  }\n  return res.redirect('/')\n})" },
    { path: 'app/actions.ts', code: "'use server'\nimport { headers } from 'next/headers'\nimport { redirect } from 'next/navigation'\nexport async function back() {\n  const host = headers().get('host')\n  console.info(host)\n  redirect('/dashboard')\n}" },
  ],
  invalid: [
    { ...TS, code: "app.get('/k', async (req, res) => {\n  const next = String(req.query.next)\n  await db('visits').insert({ next })\n  res.redirect(next)\n})", findings: [{ line: 4 }] },
    { ...TS, code: "app.get('/back', (req, res) => {\n  const target = String(req.query.returnTo || '/')\n  const local = target.startsWith('/')\n  res.redirect(local ? target : '/')\n})", findings: [{ line: 4 }] },
    // `/` alone lets `//evil.example` through; a check of another value; the branch the check turned away
    { ...TS, code: "app.get('/back', (req, res) => {\n  const target = String(req.query.returnTo || '/')\n  const local = target.startsWith('/') && !target.startsWith('//')\n  res.redirect(!local ? target : '/')\n})", findings: [{ line: 4 }] },
    { ...TS, code: "app.get('/back', (req, res) => {\n  const target = String(req.query.returnTo || '/')\n  const local = target.startsWith('/')\n  if (!local) return res.redirect('/')\n  res.redirect(target)\n})", findings: [{ line: 5 }] },
    { ...TS, code: "app.get('/back', (req, res) => {\n  const target = String(req.query.returnTo || '/')\n  const local = req.path.startsWith('/') && !req.path.startsWith('//')\n  if (local) res.redirect(target)\n})", findings: [{ line: 4 }] },
    { ...TS, code: "app.get('/back', (req, res) => {\n  const target = String(req.query.returnTo || '/')\n  const local = target.startsWith('/') && !target.startsWith('//')\n  if (local) res.redirect('/home')\n  else res.redirect(target)\n})", findings: [{ line: 5 }] },
    { ...TS, code: "app.get('/r', async (req, res) => {\n  const params = new URLSearchParams(req.url.split('?')[1])\n  res.redirect(params.get('to') ?? '/')\n})", findings: [{ line: 3 }] },
    { path: 'app/actions.ts', code: "'use server'\nimport { headers } from 'next/headers'\nimport { redirect } from 'next/navigation'\nexport async function logout() {\n  const referer = headers().get('referer')\n  redirect(referer ?? '/')\n}", findings: [{ line: 6 }] },
  ],
})

const NEST = { path: 'src/preview/preview.resolver.ts' }

testRule(registered('js/ssrf'), {
  valid: [
    { ...NEST, code: "import { Controller, Get, Param } from '@nestjs/common'\n@Controller('hooks')\nexport class HooksController {\n  constructor(private readonly http: HttpService) {}\n  @Get(':id/ping')\n  async ping(@Param('id') id: string) {\n    const { data } = await firstValueFrom(this.http.get(`${process.env.HOOKS_API}/hooks/${encodeURIComponent(id)}`))\n    return fetch(data.url, { method: 'POST' })\n  }\n}" },
    { ...NEST, code: "import { Args, Mutation, Resolver } from '@nestjs/graphql'\n@Resolver()\nexport class PreviewResolver {\n  @Mutation(() => String)\n  async preview(@Args('id') id: string) {\n    const res = await fetch(`https://api.example.com/previews/${encodeURIComponent(id)}`)\n    return res.text()\n  }\n}" },
  ],
  invalid: [
    { ...NEST, code: "import { Args, Mutation, Resolver } from '@nestjs/graphql'\n@Resolver()\nexport class PreviewResolver {\n  constructor(private readonly http: HttpService) {}\n  @Mutation(() => String)\n  async preview(@Args('url') url: string) {\n    const res = await this.http.axiosRef.get(url)\n    return res.data\n  }\n}", findings: [{ line: 7 }] },
    { path: 'src/events/events.gateway.ts', code: "import { MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets'\n@WebSocketGateway()\nexport class EventsGateway {\n  @SubscribeMessage('unfurl')\n  async unfurl(@MessageBody() body: { url: string }) {\n    const res = await fetch(body.url)\n    return res.headers.get('content-type')\n  }\n}", findings: [{ line: 6 }] },
  ],
})

const SCRIPT = { path: 'scripts/release.js' }

testRule(registered('js/shell-injection'), {
  valid: [
    { ...SCRIPT, code: "const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'release-'))\nconst notes = path.join(tmp, 'NOTES.md')\nexecSync(`git tag -a v1 -F ${JSON.stringify(notes)}`, { stdio: 'inherit' })" },
    { ...SCRIPT, code: "const id = crypto.randomUUID()\nexecSync(`docker run --name build-${id} app:latest`)" },
  ],
  invalid: [
    { path: 'src/routes/tags.js', code: "app.post('/tag', (req, res) => {\n  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tag-'))\n  execSync(`git -C ${JSON.stringify(dir)} tag ${req.body.name}`)\n  res.sendStatus(204)\n})", findings: [{ line: 3 }] },
  ],
})

testRule(registered('js/insecure-temp-file'), {
  valid: [
    { path: 'src/export.ts', code: "export function save(csv: string) {\n  fs.writeFileSync(path.join(os.tmpdir(), `export-${randomUUID()}.csv`), csv)\n}" },
  ],
  invalid: [
    { path: 'src/export.ts', code: "export function save(csv: string, name: string) {\n  fs.writeFileSync(path.join(os.tmpdir(), `export-${name}.csv`), csv)\n}", findings: [{ line: 2 }] },
  ],
})

const EXPRESS = { path: 'src/routes/pages.ts' }

testRule(registered('js/xss-sink'), {
  valid: [
    { ...EXPRESS, code: "function page(title: string, body: string) {\n  return `<!doctype html><title>${escapeHtml(title)}</title><body>${escapeHtml(body)}</body>`\n}\napp.get('/b', (req, res) => {\n  res.send(page('Search', String(req.query.q)))\n})" },
    { ...EXPRESS, code: "function label(name: string) {\n  return `Hello ${name}`\n}\napp.get('/b', (req, res) => {\n  res.json({ text: label(String(req.query.q)) })\n})" },
    { ...EXPRESS, code: "app.get('/c', (req, res) => {\n  res.send(util.format('<p>%d results</p>', Number(req.query.n)))\n})" },
  ],
  invalid: [
    { ...EXPRESS, code: "function page(title: string, body: string) {\n  return `<!doctype html><title>${title}</title><body>${body}</body>`\n}\napp.get('/b', (req, res) => {\n  res.send(page('Search', `<h1>${req.query.q}</h1>`))\n})", findings: [{ line: 5 }] },
    { ...EXPRESS, code: "import util from 'node:util'\napp.get('/c', (req, res) => {\n  res.send(util.format('<p>%s</p>', req.query.q))\n})", findings: [{ line: 3 }] },
  ],
})

testRule(registered('js/sql-injection'), {
  valid: [
    { ...EXPRESS, code: "import util from 'node:util'\napp.get('/u', async (req, res) => {\n  res.json(await pool.query(util.format('select * from users where id = %d', Number(req.query.id))))\n})" },
    { path: 'src/db/dump.ts', code: "const COLUMNS = ['id', 'name', 'created_at']\nexport async function counts(db) {\n  return db.execute(sql.raw(COLUMNS.map((c) => `select count(${c}) from users`).join(' union all ')))\n}" },
  ],
  invalid: [
    { ...EXPRESS, code: "import util from 'node:util'\napp.get('/u', async (req, res) => {\n  res.json(await pool.query(util.format(\"select * from users where name = '%s'\", req.query.name)))\n})", findings: [{ line: 3 }] },
    { ...EXPRESS, code: "app.get('/cols', async (req, res) => {\n  const cols = String(req.query.cols).split(',')\n  res.json(await db.execute(sql.raw(`select ${cols.map((c) => `\"${c}\"`).join(', ')} from users`)))\n})", findings: [{ line: 3 }] },
  ],
})

// A command line that shell-quote's quote() joined from an argument list is one the shell reads back as those arguments,
// whatever they hold; the same template run as written is a shell string built from the job's data.
testRule(registered('js/shell-injection'), {
  valid: [
    { path: 'src/jobs/archive.js', code: "const { execSync } = require('child_process')\nconst { quote } = require('shell-quote')\nclass Archiver {\n  constructor(root) {\n    this.root = root\n  }\n  archive(job) {\n    const name = job.payload.label\n    execSync(quote(['tar', '-czf', `${this.root}/${name}.tar.gz`, '-C', this.root, name]))\n  }\n}" },
  ],
  invalid: [
    { path: 'src/jobs/archive.js', code: "const { execSync } = require('child_process')\nclass Archiver {\n  constructor(root) {\n    this.root = root\n  }\n  archive(job) {\n    const name = job.payload.label\n    execSync(`tar -czf ${this.root}/${name}.tar.gz -C ${this.root} ${name}`)\n  }\n}", findings: [{ line: 8 }] },
  ],
})

// A reverse proxy told where to forward by the request (http-proxy's proxy.web/ws, http-proxy-middleware's target) is
// SSRF whose answer the client reads; a configured upstream, or one looked up by name in a table, is not.
testRule(registered('js/ssrf'), {
  valid: [
    { path: 'src/routes/proxy.js', code: "const httpProxy = require('http-proxy')\nconst proxy = httpProxy.createProxyServer({})\nrouter.use('/grafana', (req, res) => {\n  proxy.web(req, res, { target: process.env.GRAFANA_URL })\n})" },
    { path: 'src/routes/proxy.js', code: "const httpProxy = require('http-proxy')\nconst proxy = httpProxy.createProxyServer({})\nconst UPSTREAMS = { grafana: 'http://grafana:3000', kibana: 'http://kibana:5601' }\nrouter.use('/tools/:name', (req, res) => {\n  const target = UPSTREAMS[req.params.name]\n  if (!target) return res.sendStatus(404)\n  proxy.web(req, res, { target })\n})" },
    { path: 'src/routes/proxy.js', code: "const { createProxyMiddleware } = require('http-proxy-middleware')\napp.use('/api', createProxyMiddleware({ target: 'http://api:8080', changeOrigin: true }))" },
  ],
  invalid: [
    { path: 'src/routes/proxy.js', code: "const httpProxy = require('http-proxy')\nconst proxy = httpProxy.createProxyServer({})\nrouter.get('/status-proxy', (req, res) => {\n  proxy.web(req, res, { target: req.query.upstream })\n})", findings: [{ line: 4 }] },
    { path: 'src/routes/proxy.js', code: "const { createProxyMiddleware } = require('http-proxy-middleware')\nrouter.use('/p', (req, res, next) => {\n  const target = String(req.query.target)\n  return createProxyMiddleware({ target, changeOrigin: true })(req, res, next)\n})", findings: [{ line: 4 }] },
  ],
})

// An SVG or XML response is a document that runs its scripts when opened, as HTML is: a badge label from the query
// string written into the SVG is XSS; escaped, or sent as JSON or text, it is not.
testRule(registered('js/xss-sink'), {
  valid: [
    { path: 'src/routes/badges.js', code: "const escapeHtml = require('escape-html')\nrouter.get('/badge.svg', (req, res) => {\n  const label = escapeHtml(String(req.query.label || 'build'))\n  res.type('image/svg+xml').send(`<svg xmlns=\"http://www.w3.org/2000/svg\"><text>${label}</text></svg>`)\n})" },
    { path: 'src/routes/badges.js', code: "router.get('/badge.txt', (req, res) => {\n  res.type('text/plain').send(`label: ${req.query.label}`)\n})" },
    // another object's generator makes the SVG: escaping it is that code's job
    { path: 'src/routes/badges.js', code: "router.get('/badge.svg', (req, res) => {\n  res.type('svg').send(this.badges.render(req.query.repo))\n})" },
  ],
  invalid: [
    { path: 'src/routes/badges.js', code: "router.get('/badge.svg', (req, res) => {\n  const label = req.query.label || 'build'\n  res.type('image/svg+xml').send(`<svg xmlns=\"http://www.w3.org/2000/svg\"><text>${label}</text></svg>`)\n})", findings: [{ line: 3 }] },
    { path: 'src/routes/feed.js', code: "router.get('/feed.xml', (req, res) => {\n  res.set('Content-Type', 'application/xml')\n  res.send(`<feed><title>${req.query.q}</title></feed>`)\n})", findings: [{ line: 3 }] },
    // a function of this file writes the markup around the label
    { path: 'src/routes/badges.js', code: "function badge(label) {\n  return ['<svg xmlns=\"http://www.w3.org/2000/svg\">', `<text>${label}</text>`, '</svg>'].join('')\n}\nrouter.get('/badge.svg', (req, res) => {\n  res.type('image/svg+xml').send(badge(req.query.label || 'build'))\n})", findings: [{ line: 5 }] },
  ],
})

// A JSONP answer whose callback name the client wrote opens the script this site serves with the client's code; a
// callback checked against an identifier pattern, or JSON data inside a fixed script, does not.
testRule(registered('js/xss-sink'), {
  valid: [
    { path: 'src/routes/stats.js', code: "router.get('/stats.js', (req, res) => {\n  const callback = String(req.query.callback || 'onStats')\n  if (!/^[A-Za-z_$][\\w$.]{0,63}$/.test(callback)) return res.status(400).send('bad callback')\n  res.type('application/javascript')\n  res.send(`${callback}(${JSON.stringify(stats)});`)\n})" },
    { path: 'src/routes/stats.js', code: "router.get('/config.js', (req, res) => {\n  res.type('application/javascript')\n  res.send(`window.__LOCALE__ = ${JSON.stringify(String(req.query.locale))};`)\n})" },
  ],
  invalid: [
    { path: 'src/routes/stats.js', code: "router.get('/stats.js', (req, res) => {\n  const callback = req.query.callback || 'onStats'\n  res.type('application/javascript')\n  res.send(`${callback}(${JSON.stringify(stats)});`)\n})", findings: [{ line: 4, message: /callback name/ }] },
  ],
})

// A card renderer's helper handed the document the module made server-side writes into it, not into a page.
const RENDERER = 'function renderBookmark(node, options = {}) {\n  const document = options.createDocument()\n  return emailTemplate(node, document)\n}\n'
testRule(registered('js/xss-sink'), {
  valid: [
    { code: `${RENDERER}function emailTemplate(node, document) {\n  const element = document.createElement('div')\n  const html = \`<a href="\${node.url}">\${node.title}</a><p>\${node.description}</p>\`\n  element.innerHTML = html\n  return element\n}`, path: 'src/cards/bookmark.js' },
  ],
  invalid: [
    // the module also binds the name to a page's document, which the helper may be handed
    { code: `${RENDERER}function preview(frame, node) {\n  const document = frame.contentDocument\n  return emailTemplate(node, document)\n}\nfunction emailTemplate(node, document) {\n  const element = document.createElement('div')\n  const html = \`<a href="\${node.url}">\${node.title}</a><p>\${node.description}</p>\`\n  element.innerHTML = html\n  return element\n}`, path: 'src/cards/bookmark.js', findings: [{ line: 12 }] },
  ],
})
