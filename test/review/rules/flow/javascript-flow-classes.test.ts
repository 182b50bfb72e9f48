/**
 * Classes of JS/TS flow the def-use pass follows beyond a single expression: chained response
 * builders, arrays joined into markup, template-engine output, query-builder chains, helpers
 * that read the request or vouch for a value, redirect helpers, `sh -c` argument arrays.
 * Each block pairs the flagged shape with look-alikes that must stay quiet.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const route = (body: string) => `app.get('/x', (req, res) => {\n${body}\n})`

testRule(registered('js/xss-sink'), {
  valid: [
    // a non-HTML content type set on the chain
    route("  res.status(200).type('json').send(req.query.q)"),
    route("  res.type('text/plain').send(`<p>${req.query.q}</p>`)"),
    route("  res.set('Content-Type', 'text/plain').send(`<p>${req.query.q}</p>`)"),
    // joined markup whose only dynamic part is escaped
    route("  const html = ['<p>', escapeHtml(req.query.q), '</p>'].join('')\n  res.send(html)"),
    // a template rendered from a file with request data as its context
    route("  const html = ejs.render(TEMPLATE, { name: req.query.name })\n  res.send(html)"),
    // Hono's html tag escapes its values
    "import { html } from 'hono/html'\napp.get('/n', (c) => c.html(html`<p>${c.req.query('n')}</p>`))",
    { code: 'export function Sig({ user }) {\n  const markup = { __html: DOMPurify.sanitize(marked.parse(user.signature)) }\n  return <footer dangerouslySetInnerHTML={markup} />\n}', path: 'src/sig.jsx' },
    "frame.srcdoc = '<p>static</p>'",
    // rows mapped to markup whose every part is escaped, then joined
    "function render(items) {\n  list.innerHTML = items.map((item) => `<li><a href=\"/p/${encodeURIComponent(item.slug)}\">${DOMPurify.sanitize(item.title)}</a></li>`).join('')\n}",
    // rows mapped by a function of the file whose every return is escaped
    "function renderItem(item) {\n  return '<li>' + escapeHtml(item.name) + '</li>'\n}\nfunction render(items) {\n  list.innerHTML = items.map(renderItem).join('')\n}",
  ],
  invalid: [
    { code: route("  const m = req.query.msg\n  res.status(400).type('html').end(`<div class=\"error\">${m}</div>`)"), findings: [{ line: 3 }] },
    { code: "fastify.get('/w', async (request, reply) => {\n  return reply.type('text/html').send(`<h1>${request.query.who}</h1>`)\n})", findings: [{ line: 2 }] },
    // a content type that says HTML makes any request text markup, built or not
    { code: route("  res.type('html').send(req.query.q)"), findings: [{ line: 2 }] },
    { code: route("  const html = ['<article>', `<h2>${req.query.s}</h2>`, '</article>'].join('')\n  res.send(html)"), findings: [{ line: 3 }] },
    { code: "import { html, raw } from 'hono/html'\napp.get('/n', (c) => {\n  const note = c.req.query('note')\n  return c.html(html`<div>${raw(note)}</div>`)\n})", findings: [{ line: 4 }] },
    { code: 'export function Sig({ user }) {\n  const markup = { __html: marked.parse(user.signature) }\n  return <footer dangerouslySetInnerHTML={markup} />\n}', path: 'src/sig.jsx', findings: [{ line: 3 }] },
    { code: "const html = new URLSearchParams(location.search).get('preview')\nframe.srcdoc = html", findings: [{ line: 2 }] },
    // the same rows with one part left raw
    { code: "function render(items) {\n  list.innerHTML = items.map((item) => `<li>${item.title}</li>`).join('')\n}", findings: [{ line: 2 }] },
    { code: "function rawItem(item) {\n  return '<li>' + item.name + '</li>'\n}\nfunction render(items) {\n  list.innerHTML = items.map(rawItem).join('')\n}", findings: [{ line: 5 }] },
  ],
})

testRule(registered('js/sql-injection'), {
  valid: [
    // knex binds `orderBy` columns as identifiers
    route("  return knex('products').where({ category: req.query.c }).orderBy(req.query.sort)"),
    route("  const qb = dataSource.createQueryBuilder().select('r').from('report', 'r')\n  qb.where('r.status = :status', { status: req.query.status })\n  return qb.orderBy('r.created_at')"),
    route("  return sequelize.literal('created_at DESC')"),
  ],
  invalid: [
    { code: route("  return knex('products').where({ category: req.query.c }).orderByRaw(`${req.query.sort} asc`)"), findings: [{ line: 2 }] },
    { code: route("  const qb = dataSource.createQueryBuilder().select('r').from('report', 'r')\n  qb.orderBy(`r.${req.query.sort}`)\n  return qb.getMany()"), findings: [{ line: 3 }] },
    { code: route("  return repo.createQueryBuilder('u').orderBy(req.query.sort, 'ASC').getMany()"), findings: [{ line: 2 }] },
    { code: 'export class Users {\n  search(name: string) {\n    return this.repo\n      .createQueryBuilder(\'u\')\n      .where(`u.name LIKE \'%${name}%\'`)\n      .getMany()\n  }\n}', findings: [{ line: 3 }] },
    { code: route("  const where = sequelize.literal(`tags @> ARRAY['${req.params.tag}']`)\n  return Article.findAll({ where })"), findings: [{ line: 2 }] },
    {
      // a helper that reads the request, and a WHERE clause assembled from pushed pieces
      code: "function readFilters(req: Request) {\n  const { from } = req.query as Record<string, string>\n  return { from }\n}\napp.get('/o', async (req: Request, res: Response) => {\n  const filters = readFilters(req)\n  const clauses: string[] = []\n  if (filters.from) clauses.push(`created_at >= '${filters.from}'`)\n  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''\n  res.json(await pool.query(`SELECT * FROM orders ${where}`))\n})",
      path: 'src/orders.ts',
      findings: [{ line: 10 }],
    },
  ],
})

testRule(registered('js/open-redirect'), {
  valid: [
    "app.get('/go', (c) => c.redirect('/home', 302))",
    // a local helper whose every return is checked to be a same-site path
    { code: "import { redirect } from 'next/navigation'\nfunction safePath(value: unknown) {\n  const s = typeof value === 'string' ? value : ''\n  return s.startsWith('/') && !s.startsWith('//') ? s : '/'\n}\nexport async function login(formData: FormData) {\n  redirect(safePath(formData.get('next')))\n}", path: 'src/actions.ts' },
    { code: "export function go(): void {\n  const next = new URLSearchParams(location.search).get('next') ?? '/'\n  if (next.startsWith('/') && !next.startsWith('//')) location.href = next\n}", path: 'src/nav.ts' },
  ],
  invalid: [
    { code: "app.get('/go', (c) => {\n  const referer = c.req.header('referer') ?? '/'\n  return c.redirect(referer, 302)\n})", findings: [{ line: 3 }] },
    { code: "import { redirect } from 'next/navigation'\nexport async function save(formData: FormData) {\n  const next = formData.get('next') as string\n  redirect(next || '/dashboard')\n}", path: 'src/actions.ts', findings: [{ line: 4 }] },
    // `startsWith('http')` proves the URL absolute, not that it stays on this site
    { code: "export function go(): void {\n  const next = new URLSearchParams(location.search).get('next')\n  if (next?.startsWith('http')) window.location.href = next\n}", path: 'src/nav.ts', findings: [{ line: 3 }] },
    // a message handler known by its parameter type, however it is registered
    { code: 'export function onMessage(event: MessageEvent<{ to?: string }>): void {\n  if (event.data.to) window.location.replace(event.data.to)\n}', path: 'src/nav.ts', findings: [{ line: 2 }] },
  ],
})

testRule(registered('js/ssrf'), {
  valid: [
    // the host is a constant written before the value
    "const CDN = 'https://images.example-cdn.com'\nconst server = http.createServer(async (req, res) => {\n  const url = new URL(req.url, 'http://localhost')\n  const key = url.searchParams.get('key')\n  await fetch(`${CDN}/${encodeURIComponent(key)}`)\n})",
    // a host check guards the fetch
    "const server = http.createServer(async (req, res) => {\n  const url = new URL(req.url, 'http://localhost')\n  const src = new URL(url.searchParams.get('src'))\n  if (src.host === 'images.example.com') await fetch(src)\n})",
  ],
  invalid: [
    {
      // comparing the request's path routes it; it does not vouch for its query
      code: "const server = http.createServer(async (req, res) => {\n  const url = new URL(req.url, 'http://localhost')\n  if (url.pathname === '/img') {\n    const src = url.searchParams.get('src')\n    await fetch(src)\n  }\n})",
      findings: [{ line: 5 }],
    },
  ],
})

const REPORT_JOB = "const { exec } = require('child_process')\nconst FORMATS = new Set(['csv', 'pdf'])\nclass ReportJob {\n  constructor(opts) {\n    this.format = CHECKED\n  }\n  run(done) {\n    exec(`./bin/report --format ${this.format}`, done)\n  }\n}\nmodule.exports = { ReportJob }"

testRule(registered('js/shell-injection'), {
  valid: [
    "const { spawn } = require('child_process')\napp.post('/g', (req, res) => spawn('grep', ['-c', req.body.pattern, '/var/log/site.log']))",
    "const { spawn } = require('child_process')\napp.post('/g', (req, res) => spawn('sh', ['-c', 'ls -la /srv']))",
    // what the constructor checked stays checked for the method that reads it
    REPORT_JOB.replace('CHECKED', "FORMATS.has(opts.format) ? opts.format : 'csv'"),
  ],
  invalid: [
    { code: "const { spawn } = require('child_process')\napp.post('/g', (req, res) => {\n  spawn('sh', ['-c', `grep -i \"${req.body.pattern}\" /var/log/site.log`])\n})", findings: [{ line: 3, severity: 'critical' }] },
    { code: REPORT_JOB.replace('CHECKED', 'opts.format'), findings: [{ line: 8 }] },
  ],
})

// Callbacks receive what the call hands them: elements of request arrays, resolved request bodies, request chunks.
testRule(registered('js/sql-injection'), {
  valid: [route('  const ids = [1, 2, 3]\n  ids.forEach((id) => db.query(`DELETE FROM items WHERE id = ${id}`))')],
  invalid: [{ code: route('  req.body.ids.forEach((id) => {\n    db.query(`DELETE FROM items WHERE id = ${id}`)\n  })'), findings: [{ line: 3 }] }],
})

testRule(registered('js/ssrf'), {
  valid: [
    // a Worker's `fetch` method does not hide the global `fetch`, and a fixed host stays quiet
    { code: "export default {\n  async fetch(request: Request): Promise<Response> {\n    const id = new URL(request.url).searchParams.get('id') ?? ''\n    return fetch(`https://api.example.com/items/${encodeURIComponent(id)}`)\n  },\n}", path: 'src/worker.ts' },
    // a readonly base URL kept on the class
    { code: "export class Client {\n  private readonly base = 'https://api.example.com'\n  constructor(private readonly http: HttpClient) {}\n  item(req: Request) {\n    return fetch(`${this.base}/items/${req.params.id}`)\n  }\n}", path: 'src/client.ts' },
  ],
  invalid: [
    { code: 'export async function POST(request) {\n  return request.json().then(({ url }) => fetch(url))\n}', findings: [{ line: 2 }] },
    { code: "export default {\n  async fetch(request: Request): Promise<Response> {\n    const target = new URL(request.url).searchParams.get('target') ?? ''\n    return fetch(target)\n  },\n}", path: 'src/worker.ts', findings: [{ line: 4 }] },
    // a field assigned from the request in one method and fetched in another
    { code: 'export class Importer {\n  private target = \'\'\n  constructor(req: Request) {\n    this.target = req.query.url as string\n  }\n  run() {\n    return fetch(this.target)\n  }\n}', path: 'src/importer.ts', findings: [{ line: 7 }] },
  ],
})

testRule(registered('js/xss-sink'), {
  valid: [],
  invalid: [
    // an `@Input()` field's initial value is not its value
    { code: "export class Embed {\n  @Input() snippet = ''\n  ngAfterViewInit(): void {\n    this.host.nativeElement.innerHTML = this.snippet\n  }\n}", path: 'src/embed.component.ts', findings: [{ line: 4 }] },
  ],
})

// A helper bound to a `const`, and characters picked from an alphabet by the PRNG.
testRule(registered('crypto/insecure-random'), {
  valid: ["const pick = (xs) => xs[Math.floor(Math.random() * xs.length)]\nexport function jitter() {\n  return pick([100, 200, 300])\n}"],
  invalid: [
    {
      code: "const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'\nconst randomId = (length = 8) => {\n  let out = ''\n  for (let i = 0; i < length; i++) out += ALPHABET[Math.floor(Math.random() * ALPHABET.length)]\n  return out\n}\nexport function apiKey() {\n  return `sk_${randomId(32)}`\n}",
      findings: [{ line: 8 }],
    },
  ],
})

testRule(registered('crypto/hardcoded-signing-key'), {
  valid: [
    { code: "import { jwt, sign } from 'hono/jwt'\napp.use('/api/*', (c, next) => jwt({ secret: c.env.JWT_SECRET })(c, next))\napp.post('/login', async (c) => c.json({ token: await sign({ sub: 1 }, c.env.JWT_SECRET) }))", path: 'src/auth.ts' },
    { code: "const { expressjwt } = require('express-jwt')\napp.use(expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }))", path: 'src/auth.js' },
  ],
  invalid: [
    { code: "import { jwt } from 'hono/jwt'\napp.use('/api/admin/*', jwt({ secret: 'admin-jwt-secret-do-not-share' }))", path: 'src/auth.ts', findings: [{ line: 2 }] },
    { code: "import { sign } from 'hono/jwt'\napp.post('/login', async (c) => {\n  const token = await sign({ sub: 1 }, 'legacy-signing-key-9f8e7d6c')\n  return c.json({ token })\n})", path: 'src/auth.ts', findings: [{ line: 3 }] },
    { code: "const { expressjwt } = require('express-jwt')\napp.use(expressjwt({ secret: 'shhhhhhared-secret', algorithms: ['HS256'] }))", path: 'src/auth.js', findings: [{ line: 2 }] },
  ],
})

// MD5/SHA-1 protecting a secret, or making a token; content digests (ETags, cache keys) stay quiet.
testRule(registered('crypto/weak-password-hash'), {
  valid: [
    { code: "app.get('/f', (req, res) => {\n  res.set('ETag', crypto.createHash('sha1').update(req.query.id).digest('hex'))\n})", path: 'src/app.js' },
    { code: "export function cacheKey(body) {\n  return crypto.createHash('md5').update(body).digest('base64')\n}", path: 'src/app.js' },
    { code: "export function fingerprint(token) {\n  return crypto.createHash('sha256').update(String(token)).digest('hex')\n}", path: 'src/app.js' },
    { code: 'import hashlib\ndef etag(content):\n    return hashlib.md5(content).hexdigest()', path: 'app.py' },
    { code: 'import hashlib\ndef key(token):\n    return hashlib.sha1(token.encode(), usedforsecurity=False).hexdigest()', path: 'app.py' },
  ],
  invalid: [
    { code: "app.post('/invite', (req, res) => {\n  const inviteToken = crypto.createHash('sha1').update(req.body.email + Date.now()).digest('hex')\n  res.json({ inviteToken })\n})", path: 'src/app.js', findings: [{ line: 2 }] },
    { code: "export function storeKey(apiKey) {\n  const h = crypto.createHash('md5')\n  h.update(apiKey)\n  return h.digest('hex')\n}", path: 'src/app.js', findings: [{ line: 2 }] },
    { code: 'import hashlib as hl\ndef token_digest(token):\n    return hl.sha1(token.encode()).hexdigest()', path: 'app.py', findings: [{ line: 3 }] },
  ],
})

// HTTP client instances and injected services fetch too; a key-value client's `get` does not.
testRule(registered('js/ssrf'), {
  valid: [
    "app.get('/cache', async (req, res) => {\n  res.json(await client.get(req.query.key))\n})",
    { code: "export class AvatarService {\n  constructor(private readonly http: HttpService) {}\n  fetch(id: string) {\n    return this.http.get(`https://avatars.example.com/${encodeURIComponent(id)}`)\n  }\n}", path: 'src/avatar.service.ts' },
  ],
  invalid: [
    { code: "@Controller('avatars')\nexport class AvatarController {\n  constructor(private readonly http: HttpService) {}\n  @Post('import')\n  importAvatar(@Body('avatarUrl') avatarUrl: string) {\n    return firstValueFrom(this.http.get(avatarUrl, { responseType: 'arraybuffer' }))\n  }\n}", path: 'src/avatar.controller.ts', findings: [{ line: 6 }] },
    { code: "const api = axios.create({ timeout: 5000 })\napp.post('/hooks/test', async (req, res) => {\n  await api.post(req.body.webhookUrl, { ping: true })\n  res.sendStatus(204)\n})", findings: [{ line: 3 }] },
  ],
})

// Vue Router's current route is the browser URL.
testRule(registered('js/open-redirect'), {
  valid: [{ code: "import { useRoute } from 'vue-router'\nexport function setup() {\n  const route = useRoute()\n  const target = route.query.tab === 'billing' ? '/settings/billing' : '/settings'\n  window.location.assign(target)\n}", path: 'src/settings.ts' }],
  invalid: [
    { code: "import { useRoute } from 'vue-router'\nexport function setup() {\n  const route = useRoute()\n  const next = route.query.next as string\n  window.location.assign(next)\n}", path: 'src/login.ts', findings: [{ line: 5 }] },
    { code: "export async function afterLogin(): Promise<void> {\n  const redirect = router.currentRoute.value.query.redirect as string | undefined\n  if (redirect?.startsWith('http')) window.location.href = redirect\n}", path: 'src/router.ts', findings: [{ line: 3 }] },
  ],
})

testRule(registered('js/ssrf'), {
  valid: [
    // the URL of an options object is fixed; request data only fills the query
    route("  return axios({ method: 'get', url: 'https://rates.example.com/latest', params: { base: req.query.base } })"),
    // the host comes from configuration, the client picks a path
    "app.get('/items/:id', async (c) => {\n  const res = await fetch(`${c.env.UPSTREAM}/items/${c.req.param('id')}`)\n  return c.json(await res.json())\n})",
    route("  return fetch(API_BASE + '/orders/' + req.params.id)"),
  ],
  invalid: [
    { code: route('  return axios({ method: \'get\', url: req.query.feed })'), findings: [{ line: 2 }] },
    { code: "const request = require('request')\n" + route('  request.get(req.query.src).pipe(res)'), findings: [{ line: 3 }] },
    // a template whose host part is the request's
    { code: route('  return fetch(`${req.query.origin}/status`)'), findings: [{ line: 2 }] },
  ],
})

// A URL a class keeps from its constructor is whatever the caller handed it: the client's, when `new` is given request
// data; configuration, when it is given the config's value. The field's name (baseUrl) decides neither.
testRule(registered('js/ssrf'), {
  valid: [
    { code: "class PartnerClient {\n  constructor(baseUrl) {\n    this.baseUrl = baseUrl\n  }\n  async ping() {\n    return fetch(`${this.baseUrl}/health`)\n  }\n}\napp.post('/partners/check', async (req, res) => {\n  const client = new PartnerClient(config.partnerUrl)\n  res.json({ ok: await client.ping(), name: req.body.name })\n})\n", path: 'src/partners.js' },
    { code: "class PartnerClient {\n  constructor(baseUrl) {\n    this.baseUrl = baseUrl\n  }\n  async item(id) {\n    return fetch(`${this.baseUrl}/items/${id}`)\n  }\n}\nconst client = new PartnerClient(process.env.PARTNER_URL)\napp.get('/items/:id', async (req, res) => res.json(await client.item(req.params.id)))\n", path: 'src/partners.js' },
  ],
  invalid: [
    { code: "class PartnerClient {\n  constructor(baseUrl) {\n    this.baseUrl = baseUrl\n  }\n  async ping() {\n    return fetch(`${this.baseUrl}/health`)\n  }\n}\napp.post('/partners/check', async (req, res) => {\n  const client = new PartnerClient(req.body.url)\n  res.json({ ok: await client.ping() })\n})\n", path: 'src/partners.js', findings: [{ line: 6 }] },
  ],
})

// Markup put into a jQuery element is reported where it goes in; the element appended elsewhere later is not the
// markup again. A plain string grown piece by piece and then inserted still is.
testRule(registered('js/xss-sink'), {
  valid: [
    { code: "function renderUsers(users) {\n  const $list = $('#user-list').empty()\n  users.forEach((u) => {\n    const $row = $('<li class=\"user\"></li>')\n    $row.append($('<span class=\"bio\"></span>').text(u.bio))\n    $list.append($row)\n  })\n}\n$.getJSON('/api/users').done(renderUsers)\n", path: 'public/js/users.js' },
  ],
  invalid: [
    { code: "function renderUsers(users) {\n  const $list = $('#user-list').empty()\n  users.forEach((u) => {\n    const $row = $('<li class=\"user\"></li>')\n    $row.append('<span class=\"bio\">' + u.bio + '</span>')\n    $list.append($row)\n  })\n}\n$.getJSON('/api/users').done(renderUsers)\n", path: 'public/js/users.js', findings: [{ line: 5 }] },
  ],
})

// A method that builds markup from a field its constructor kept hands the request data the instance holds back as that markup.
const BANNER =
  "class Banner {\n  constructor(text) {\n    this.text = text\n    this.tone = 'info'\n  }\n  toHtml() {\n    return `<div class=\"banner\">BODY</div>`\n  }\n}\nrouter.get('/preview', (req, res) => {\n  const banner = new Banner(req.query.text)\n  res.send(banner.toHtml())\n})"
testRule(registered('js/xss-sink'), {
  valid: [
    { code: BANNER.replace('BODY', '${escapeHtml(this.text)}'), path: 'src/routes/banner.js' },
    { code: BANNER.replace('BODY', '${this.tone}: saved'), path: 'src/routes/banner.js' },
  ],
  invalid: [{ code: BANNER.replace('BODY', '${this.text}'), path: 'src/routes/banner.js', findings: [{ line: 12 }] }],
})

// A TypeScript parameter property (`constructor(private readonly layout: string) {}`) is the constructor's
// `this.layout = layout`: what `new` hands it reaches the methods that read it. A class whose field the code fills
// with its own text, and an injected service, stay quiet.
const CARD = (arg: string) =>
  `import doT from 'dot'\nexport class CardRenderer {\n  constructor(private readonly layout: string) {}\n  render(data: object): string {\n    const fn = doT.template(this.layout)\n    return fn(data)\n  }\n}\nexport function preview(req: Request, res: Response) {\n  const renderer = new CardRenderer(${arg})\n  res.json({ html: renderer.render(req.body) })\n}`
testRule(registered('js/template-injection'), {
  valid: [{ code: CARD("'<h1>{{=it.title}}</h1>'"), path: 'src/cards/render.ts' }],
  invalid: [{ code: CARD('req.body.layout'), path: 'src/cards/render.ts', findings: [{ line: 5 }] }],
})
testRule(registered('js/ssrf'), {
  valid: [{ code: "export class Client {\n  constructor(private readonly http: HttpService, private readonly base = 'https://api.partner.example') {}\n  load(id: string) {\n    return fetch(`${this.base}/items/${encodeURIComponent(id)}`)\n  }\n}\nrouter.get('/i/:id', async (req, res) => res.json(await new Client(http).load(req.params.id)))", path: 'src/client.ts' }],
  invalid: [{ code: "export class Probe {\n  constructor(public url: string) {}\n  run() {\n    return fetch(this.url)\n  }\n}\nrouter.post('/probe', async (req, res) => res.json({ ok: (await new Probe(req.body.url).run()).ok }))", path: 'src/probe.ts', findings: [{ line: 4 }] }],
})
