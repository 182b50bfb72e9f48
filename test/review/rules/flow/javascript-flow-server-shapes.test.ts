/**
 * Server shapes of JS/TS sinks: a NestJS `@Redirect()` route's returned `url`, raw sockets to a
 * host the request named, Vue templates compiled by the server renderer and Velocity templates,
 * Angular URLs trusted with their scheme and host written out, stored Markdown sent as HTML, hapi
 * handlers, SvelteKit loads and h3 redirects, and inline scripts a layout fills from configuration.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const NEST = { path: 'src/auth/auth.controller.ts' }

testRule(registered('js/open-redirect'), {
  valid: [
    { ...NEST, code: "import { Controller, Get, Query, Redirect } from '@nestjs/common'\n@Controller('docs')\nexport class DocsController {\n  @Get()\n  @Redirect('https://docs.example.com', 302)\n  docs(@Query('version') version: string) {\n    return { url: `https://docs.example.com/v${Number(version)}/` }\n  }\n}" },
    { ...NEST, code: "import { Controller, Get, Query } from '@nestjs/common'\n@Controller('links')\nexport class LinksController {\n  @Get()\n  show(@Query('url') url: string) {\n    return { url }\n  }\n}" },
  ],
  invalid: [
    { ...NEST, code: "import { Controller, Get, Query, Redirect } from '@nestjs/common'\n@Controller('auth')\nexport class AuthController {\n  @Get('callback')\n  @Redirect()\n  callback(@Query('redirect_uri') redirectUri: string) {\n    return { url: redirectUri }\n  }\n}", findings: [{ line: 7 }] },
  ],
})

const EXPRESS = { path: 'src/routes/health.ts' }

testRule(registered('js/ssrf'), {
  valid: [
    { ...EXPRESS, code: "import net from 'node:net'\napp.get('/health/redis', (req, res) => {\n  const sock = net.connect({ host: process.env.REDIS_HOST, port: Number(req.query.port) })\n  sock.on('connect', () => res.json({ ok: true }))\n})" },
  ],
  invalid: [
    { ...EXPRESS, code: "import net from 'node:net'\napp.get('/probe', (req, res) => {\n  const sock = net.connect({ host: String(req.query.host), port: 6379 })\n  sock.on('connect', () => res.json({ open: true }))\n})", findings: [{ line: 3 }] },
    { ...EXPRESS, code: "import net from 'node:net'\napp.get('/probe', (req, res) => {\n  const sock = net.connect(Number(req.query.port), String(req.query.host))\n  sock.on('connect', () => res.json({ open: true }))\n})", findings: [{ line: 3 }] },
  ],
})

const SSR = { path: 'server/render.ts' }

testRule(registered('js/template-injection'), {
  valid: [
    { ...SSR, code: "import { createSSRApp } from 'vue'\nimport { renderToString } from 'vue/server-renderer'\napp.get('/hello', async (req, res) => {\n  const page = createSSRApp({ template: '<p>Hello {{ name }}</p>', data: () => ({ name: req.query.name }) })\n  res.send(await renderToString(page))\n})" },
    // In the browser the template is compiled on the client, from the page's own URL.
    { path: 'src/main.ts', code: "import { createApp } from 'vue'\nconst params = new URLSearchParams(location.search)\ncreateApp({ template: `<p>${params.get('msg')}</p>` }).mount('#app')" },
    { ...SSR, code: "import velocity from 'velocityjs'\nimport { readFileSync } from 'node:fs'\nconst INVOICE = readFileSync('templates/invoice.vm', 'utf8')\napp.get('/invoice', (req, res) => {\n  res.type('text/plain').send(velocity.render(INVOICE, { name: req.query.name }))\n})" },
  ],
  invalid: [
    { ...SSR, code: "import { createSSRApp } from 'vue'\nimport { renderToString } from 'vue/server-renderer'\napp.get('/hello', async (req, res) => {\n  const page = createSSRApp({ template: `<p>${req.query.msg}</p>` })\n  res.send(await renderToString(page))\n})", findings: [{ line: 4 }] },
    { ...SSR, code: "import velocity from 'velocityjs'\napp.post('/preview', (req, res) => {\n  res.type('text/plain').send(velocity.render(req.body.template, { user: req.user }))\n})", findings: [{ line: 3 }] },
  ],
})

const ANGULAR = { path: 'src/app/video/video.component.ts' }

testRule(registered('js/xss-sink'), {
  valid: [
    { ...ANGULAR, code: "export class VideoComponent {\n  constructor(private route: ActivatedRoute, private sanitizer: DomSanitizer) {}\n  ngOnInit() {\n    const id = this.route.snapshot.queryParamMap.get('v') ?? ''\n    this.src = this.sanitizer.bypassSecurityTrustResourceUrl(`https://www.youtube-nocookie.com/embed/${id}`)\n  }\n}" },
  ],
  invalid: [
    { ...ANGULAR, code: "export class VideoComponent {\n  constructor(private route: ActivatedRoute, private sanitizer: DomSanitizer) {}\n  ngOnInit() {\n    const src = this.route.snapshot.queryParamMap.get('embed') ?? ''\n    this.src = this.sanitizer.bypassSecurityTrustResourceUrl(src)\n  }\n}", findings: [{ line: 5 }] },
    { ...ANGULAR, code: "export class VideoComponent {\n  constructor(private route: ActivatedRoute, private sanitizer: DomSanitizer) {}\n  ngOnInit() {\n    const id = this.route.snapshot.queryParamMap.get('v') ?? ''\n    this.html = this.sanitizer.bypassSecurityTrustHtml(`<iframe src=\"https://www.youtube.com/embed/${id}\"></iframe>`)\n  }\n}", findings: [{ line: 5 }] },
  ],
})

const PAGES = { path: 'src/routes/pages.js' }

testRule(registered('js/xss-sink'), {
  valid: [
    { ...PAGES, code: "import { marked } from 'marked'\nimport sanitizeHtml from 'sanitize-html'\nrouter.get('/p/:id', async (req, res) => {\n  const page = await Page.findByPk(req.params.id)\n  res.send(`<article>${sanitizeHtml(marked.parse(page.markdown))}</article>`)\n})" },
    // markdown-it escapes raw HTML unless its `html` option is on.
    { ...PAGES, code: "import MarkdownIt from 'markdown-it'\nconst md = new MarkdownIt()\nrouter.get('/p/:id', async (req, res) => {\n  const page = await Page.findByPk(req.params.id)\n  res.send(`<article>${md.render(page.markdown)}</article>`)\n})" },
    { ...PAGES, code: "import { marked } from 'marked'\nrouter.get('/p/:id', async (req, res) => {\n  const page = await Page.findByPk(req.params.id)\n  res.json({ html: marked.parse(page.markdown) })\n})" },
  ],
  invalid: [
    { ...PAGES, code: "import { marked } from 'marked'\nrouter.get('/p/:id', async (req, res) => {\n  const page = await Page.findByPk(req.params.id)\n  res.send(`<article>${marked.parse(page.markdown)}</article>`)\n})", findings: [{ line: 4 }] },
    { ...PAGES, code: "import MarkdownIt from 'markdown-it'\nconst md = new MarkdownIt({ html: true })\napp.get('/p/:slug', async (c) => {\n  const post = await getPost(c.env.DB, c.req.param('slug'))\n  return c.html(md.render(post.body))\n})", findings: [{ line: 5 }] },
  ],
})

const HAPI = { path: 'server/routes.js' }

testRule(registered('js/xss-sink'), {
  valid: [
    { ...HAPI, code: "server.route({ method: 'GET', path: '/q', handler: (request, h) => ({ q: request.query.q }) })" },
    { ...HAPI, code: "server.route({ method: 'GET', path: '/q', handler: (request, h) => h.response({ q: request.query.q }) })" },
    { ...HAPI, code: "server.route({ method: 'GET', path: '/q', handler: (request, h) => h.response(`${request.query.q}`).type('text/plain') })" },
  ],
  invalid: [
    { ...HAPI, code: "server.route({\n  method: 'GET',\n  path: '/hello',\n  handler: (request, h) => h.response(`<p>Hello ${request.query.name}</p>`).code(200),\n})", findings: [{ line: 4 }] },
    { ...HAPI, code: "server.route({\n  method: 'GET',\n  path: '/hi',\n  handler: (request, h) => {\n    return `<p>Hi ${request.query.name}</p>`\n  },\n})", findings: [{ line: 5 }] },
  ],
})

testRule(registered('js/open-redirect'), {
  valid: [
    { path: 'src/routes/login/+page.server.ts', code: "import { redirect } from '@sveltejs/kit'\nexport const load = async ({ url, locals }) => {\n  const next = url.searchParams.get('next') ?? '/'\n  if (locals.user) throw redirect(303, next.startsWith('/') && !next.startsWith('//') ? next : '/')\n  return {}\n}" },
    { path: 'server/api/login.ts', code: "import { defineEventHandler, sendRedirect } from 'h3'\nexport default defineEventHandler(async (event) => {\n  return sendRedirect(event, '/dashboard', 302)\n})" },
  ],
  invalid: [
    { path: 'src/routes/login/+page.server.ts', code: "import { redirect } from '@sveltejs/kit'\nexport const load = async ({ url, locals }) => {\n  if (locals.user) throw redirect(303, url.searchParams.get('next') ?? '/')\n  return {}\n}", findings: [{ line: 3 }] },
    { path: 'server/api/login.ts', code: "import { defineEventHandler, getQuery, sendRedirect } from 'h3'\nexport default defineEventHandler(async (event) => {\n  const { next } = getQuery(event)\n  return sendRedirect(event, String(next ?? '/'), 302)\n})", findings: [{ line: 4 }] },
  ],
})

const LAYOUT = { path: 'app/layout.tsx' }

testRule(registered('js/xss-sink'), {
  valid: [
    { ...LAYOUT, code: "const GA_ID = process.env.NEXT_PUBLIC_GA_ID\nexport default function RootLayout({ children }) {\n  return <html><head><Script id=\"ga\" dangerouslySetInnerHTML={{ __html: `gtag('config', '${GA_ID}');` }} /></head><body>{children}</body></html>\n}" },
    { ...LAYOUT, code: "export default function RootLayout({ children }) {\n  return <html><head><script dangerouslySetInnerHTML={{ __html: `window.__ENV__ = ${JSON.stringify({ apiUrl: process.env.NEXT_PUBLIC_API_URL })}` }} /></head><body>{children}</body></html>\n}" },
    { ...LAYOUT, code: "export default function RootLayout({ children }) {\n  const jsonLd = { '@context': 'https://schema.org', '@type': 'Organization', name: 'Acme' }\n  return <html><head><script type=\"application/ld+json\" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd) }} /></head><body>{children}</body></html>\n}" },
  ],
  invalid: [
    { ...LAYOUT, code: "export default function Page({ searchParams }) {\n  return <script dangerouslySetInnerHTML={{ __html: `window.__Q__ = '${searchParams.q}'` }} />\n}", findings: [{ line: 2 }] },
    { ...LAYOUT, code: "export function Banner({ message }) {\n  return <div dangerouslySetInnerHTML={{ __html: `<p>${message}</p>` }} />\n}", findings: [{ line: 2 }] },
  ],
})

// shelljs's file commands take paths; `got.head` fetches like `got.get`; a global strip to letters, digits, `_` and `-` leaves
// nothing a path, shell or query could misread.
testRule(registered('js/path-traversal'), {
  valid: [
    "import shell from 'shelljs'\napp.get('/logs/:id', (req, res) => {\n  res.send(shell.tail({ '-n': 50 }, path.join(LOGS, 'build.log')).stdout)\n})",
    "import { createReadStream } from 'node:fs'\napp.get('/m/:id', (req, res) => {\n  createReadStream(path.join(ROOT, `${req.params.id.replace(/[^a-z0-9_-]/gi, '')}.webp`)).pipe(res)\n})",
  ],
  invalid: [
    { code: "import shell from 'shelljs'\napp.get('/logs/:id', (req, res) => {\n  res.send(shell.tail({ '-n': 50 }, path.join(LOGS, req.params.id, 'build.log')).stdout)\n})", findings: [{ line: 3 }] },
    { code: "const shell = require('shelljs')\napp.delete('/ws/:id', (req, res) => {\n  shell.rm('-rf', path.join(WS, req.params.id))\n  res.sendStatus(204)\n})", findings: [{ line: 3 }] },
    // A strip that keeps dots leaves `..`.
    { code: "import { createReadStream } from 'node:fs'\napp.get('/m/:id', (req, res) => {\n  createReadStream(path.join(ROOT, req.params.id.replace(/[^\\w.]/g, ''))).pipe(res)\n})", findings: [{ line: 3 }] },
  ],
})

testRule(registered('js/ssrf'), {
  valid: ["import got from 'got'\nexport async function POST(request) {\n  await got.head(`${API_BASE}/health`)\n}"],
  invalid: [{ code: "import got from 'got'\nexport async function POST(request) {\n  const body = await request.json()\n  await got.head(body.callbackUrl, { throwHttpErrors: false })\n}", path: 'app/api/hooks/route.ts', findings: [{ line: 4 }] }],
})

// What jQuery's `$.getJSON` resolves to is the server's answer, not the query it was sent.
testRule(registered('js/xss-sink'), {
  valid: ["var q = new URLSearchParams(location.search).get('q')\nvar tpl = Handlebars.compile('<li>{{name}}</li>')\n$.getJSON('/api/search', { q: q }).then(function (data) {\n  data.items.forEach(function (item) { $('#r').append(tpl(item)) })\n})"],
  invalid: [{ code: "var q = new URLSearchParams(location.search).get('q')\n$('#summary').html('Results for <b>' + q + '</b>')", path: 'public/js/search.js', findings: [{ line: 2 }] }],
})

// Next.js's `getServerSideProps` runs per request: its `query` and `params` are the URL's.
testRule(registered('js/ssrf'), {
  valid: ["export const getServerSideProps = async ({ params }) => {\n  const res = await fetch(`https://api.example.com/feeds/${params.id}`)\n  return { props: { feed: await res.text() } }\n}"],
  invalid: [
    { code: "export const getServerSideProps: GetServerSideProps = async ({ query }) => {\n  const res = await fetch(query.feed as string)\n  return { props: { feed: await res.text() } }\n}", path: 'pages/feed.tsx', findings: [{ line: 2 }] },
    { code: "export async function getServerSideProps(context) {\n  const res = await fetch(String(context.query.feed))\n  return { props: { feed: await res.text() } }\n}", path: 'pages/feed.jsx', findings: [{ line: 2 }] },
  ],
})

// Page loaders, scrapers and image probes fetch the URL they are given.
testRule(registered('js/ssrf'), {
  valid: ["import { JSDOM } from 'jsdom'\napp.get('/t', async (req, res) => {\n  const dom = await JSDOM.fromURL(`https://news.example.com/${encodeURIComponent(String(req.query.slug))}`)\n  res.json({ title: dom.window.document.title })\n})"],
  invalid: [
    { code: "import { JSDOM } from 'jsdom'\napp.get('/t', async (req, res) => {\n  const dom = await JSDOM.fromURL(String(req.query.u))\n  res.json({ title: dom.window.document.title })\n})", findings: [{ line: 3 }] },
    { code: "import ogs from 'open-graph-scraper'\napp.get('/og', async (req, res) => {\n  const { result } = await ogs({ url: String(req.query.u) })\n  res.json(result)\n})", findings: [{ line: 3 }] },
    { code: "import { getLinkPreview } from 'link-preview-js'\napp.get('/lp', async (req, res) => {\n  res.json(await getLinkPreview(req.body.url))\n})", findings: [{ line: 3 }] },
  ],
})

// A module named by the client: `require`/`import()` of request data runs whichever file it names.
testRule(registered('js/code-eval'), {
  valid: [
    "app.get('/l', (req, res) => {\n  res.json(require(`./locales/${req.query.lang}.json`))\n})",
    "const PLUGINS = { csv: () => import('./csv') }\napp.post('/p', async (req, res) => {\n  const mod = await import('./plugins/csv')\n  res.json(Object.keys(mod))\n})",
  ],
  invalid: [
    { code: "app.get('/h/:name', (req, res) => {\n  const handler = require(`./handlers/${req.params.name}`)\n  res.json(handler())\n})", findings: [{ line: 2 }] },
    { code: "app.post('/p', async (req, res) => {\n  const mod = await import(req.body.plugin)\n  res.json(Object.keys(mod))\n})", path: 'src/p.ts', findings: [{ line: 2 }] },
  ],
})

// adm-zip's `extractEntryTo(entry, target)`: a target joined from the entry's own name is zip slip.
testRule(registered('js/path-traversal'), {
  valid: ["import AdmZip from 'adm-zip'\napp.post('/z', (req, res) => {\n  const zip = new AdmZip(req.file.path)\n  for (const entry of zip.getEntries()) zip.extractEntryTo(entry, ROOT, false, true)\n  res.sendStatus(201)\n})"],
  invalid: [{ code: "import AdmZip from 'adm-zip'\napp.post('/z', (req, res) => {\n  const zip = new AdmZip(req.file.path)\n  for (const entry of zip.getEntries()) zip.extractEntryTo(entry, path.join(ROOT, entry.entryName), false, true)\n  res.sendStatus(201)\n})", findings: [{ line: 4 }] }],
})

// A base URL the handler read from the request names the client's host, however configured its name sounds.
testRule(registered('js/ssrf'), {
  valid: [
    "app.post('/x', async (req, res) => {\n  const apiUrl = process.env.API_URL\n  res.json(await (await fetch(`${apiUrl}/v1/items/${req.body.id}`)).json())\n})",
    "app.post('/x', async (req, res) => {\n  res.json(await (await fetch(`${this.config.baseUrl}/v1/items/${req.body.id}`)).json())\n})",
  ],
  invalid: [
    { code: "app.post('/connect', async (req, res) => {\n  const { instanceUrl, token } = req.body\n  const r = await fetch(`${instanceUrl}/api/v1/accounts/verify_credentials`, { headers: { authorization: `Bearer ${token}` } })\n  res.json(await r.json())\n})", findings: [{ line: 3 }] },
    { code: "app.post('/ping', async (req, res) => {\n  const serverUrl = String(req.body.server)\n  const r = await axios.get(serverUrl + '/health')\n  res.json(r.data)\n})", findings: [{ line: 3 }] },
    { code: "@Controller('c')\nexport class C {\n  @Post()\n  async connect(@Body() dto: ConnectDto) {\n    return fetch(`${dto.serverUrl}/health`)\n  }\n}", path: 'src/c.controller.ts', findings: [{ line: 5 }] },
  ],
})

// A strip down to letters, digits, dots and dashes leaves a host name: no shell metacharacter, but `..` and any host remain.
testRule(registered('js/shell-injection'), {
  valid: ["app.get('/ping', (req, res) => {\n  const host = String(req.query.host).replace(/[^a-z0-9.-]/gi, '')\n  exec('ping -c 1 ' + host, (e, out) => res.send(out))\n})"],
  invalid: [{ code: "app.get('/ping', (req, res) => {\n  const host = String(req.query.host).replace(/[^a-z0-9.;-]/gi, '')\n  exec('ping -c 1 ' + host, (e, out) => res.send(out))\n})", findings: [{ line: 3 }] }],
})
testRule(registered('js/path-traversal'), {
  valid: [],
  invalid: [{ code: "app.get('/f', (req, res) => {\n  const name = String(req.query.name).replace(/[^a-z0-9.-]/gi, '')\n  res.sendFile(path.join(ROOT, name))\n})", findings: [{ line: 3 }] }],
})
