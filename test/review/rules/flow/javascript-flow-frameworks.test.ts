/**
 * Framework shapes of JS/TS handlers: a `startsWith('/')` guard that still lets `//host` through,
 * needle's method-first call, tRPC resolvers' `input`, the Fetch API's HTML `Response`, Workers AI
 * prompts, an allow-list checked on a URL's origin read into its own variable, and memoised values
 * (`useMemo`, Vue's `computed`) that hold what their callback returns, a body's `return`s included,
 * and React state, which holds its first value or whatever the component hands its setter.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const TS = { path: 'src/routes.ts' }

testRule(registered('js/open-redirect'), {
  valid: [
    // a query string or a fragment resolves against the current page's URL
    { code: "'use client'\nimport { useRouter, useSearchParams } from 'next/navigation'\nexport function Tabs() {\n  const router = useRouter()\n  const search = useSearchParams()\n  function select(tab) {\n    const params = new URLSearchParams(search.toString())\n    params.set('tab', tab)\n    router.replace(`?${params.toString()}`, { scroll: false })\n  }\n  return null\n}\n", path: 'src/components/Tabs.tsx' },
    { ...TS, code: "app.get('/list', (req, res) => {\n  res.redirect('?page=' + encodeURIComponent(String(req.query.page ?? '1')))\n})" },
    { ...TS, code: "app.get('/login', (req, res) => {\n  const next = String(req.query.next ?? '/')\n  if (!next.startsWith('/') || next.startsWith('//')) return res.redirect('/')\n  res.redirect(next)\n})" },
    { ...TS, code: "app.get('/back', (req, res) => {\n  const to = String(req.query.to ?? '')\n  const safe = to.startsWith('/') && to[1] !== '/' && to[1] !== '\\\\' ? to : '/'\n  res.redirect(safe)\n})" },
    { ...TS, code: "app.get('/docs', (req, res) => {\n  const page = String(req.query.page ?? '')\n  if (!page.startsWith('/docs/')) return res.redirect('/docs')\n  res.redirect(page)\n})" },
    // The origin the request came to is this site's: a path after it stays here.
    { path: 'src/index.ts', code: "export default {\n  async fetch(request: Request) {\n    const url = new URL(request.url)\n    if (url.pathname === '/old') return Response.redirect(`${url.origin}/home`, 301)\n    return new Response('ok')\n  },\n}" },
    { path: 'app/api/me/route.ts', code: "export async function GET(req: NextRequest) {\n  return NextResponse.redirect(`${req.nextUrl.origin}/login`)\n}" },
    // A ternary's checked branch sees what holding its condition proves: both sides of an `&&`, a failed `!==`.
    { ...TS, code: "const ALLOWED = new Set(['/home', '/billing'])\napp.get('/back', (req, res) => {\n  const to = String(req.query.to ?? '')\n  res.redirect(to !== '' && ALLOWED.has(to) ? to : '/')\n})" },
    { ...TS, code: "app.get('/back', (req, res) => {\n  const to = String(req.query.to ?? '')\n  res.redirect(!(to !== '/home') ? to : '/')\n})" },
    // An `||` inside a callback is the callback's: `some` holding says one trusted origin matched.
    { ...TS, code: "const TRUSTED = ['https://app.example.com']\napp.get('/sso', (req, res) => {\n  const target = String(req.query.target ?? '')\n  res.redirect(TRUSTED.some((o) => target === o || target.startsWith(o + '/')) ? target : '/')\n})" },
    // The request's text after a `#` or `?` the code wrote: a fragment or query of a URL whose host comes before it.
    { ...TS, code: "app.get('/old-admin/*', (req, res) => {\n  res.redirect(config.adminUrl + '#/' + req.params[0])\n})" },
    { ...TS, code: "app.get('/settings/:section', (req, res) => {\n  res.redirect(`${process.env.APP_URL}/settings#${req.params.section}`)\n})" },
    { ...TS, code: "app.get('/search', (req, res) => {\n  const base = appUrl('search')\n  res.redirect(base + '?q=' + encodeURIComponent(String(req.query.q)) + '&from=legacy')\n})" },
    // A URL joiner keeps its parts in order: the request's part after a `#` the code wrote fills the fragment.
    { ...TS, code: "const urlJoin = require('url-join')\napp.get(/^\\/ghost\\/(.+)/, (req, res) => {\n  res.redirect(urlJoin(urlUtils.urlFor('admin'), '#', req.params[0]))\n})" },
    { ...TS, code: "app.get('/help/:topic', (req, res) => {\n  res.redirect(urlUtils.urlJoin(config.get('docs:url'), 'topics', req.params.topic))\n})" },
    // A path segment the code wrote before the request's text: the host is decided before it, whatever the configured prefix is.
    { ...TS, code: "app.get('/profile/:slug', (req, res) => {\n  const slug = String(req.params.slug).toLowerCase()\n  res.redirect(nconf.get('relative_path') + '/user/' + slug)\n})" },
    { ...TS, code: "app.get('/workspace/*', (req, res) => {\n  res.redirect(`${process.env.BASE_PATH ?? ''}/w/${req.params[0]}`)\n})" },
    // The host of a URL parsed from the path, checked against the site's: the browser resolves the path the same way.
    { ...TS, code: "function back(query) {\n  try {\n    const path = new URL(decodeURIComponent(query.r || '/'), config.url).pathname\n    const resolved = new URL(path, config.url)\n    return resolved.host === new URL(config.url).host ? path : '/'\n  } catch (e) {\n    return '/'\n  }\n}\napp.post('/unlock', (req, res) => {\n  const forward = back(req.query)\n  res.redirect(forward)\n})" },
    { ...TS, code: "const SITE = new URL(process.env.APP_URL)\napp.get('/accept', (req, res) => {\n  const raw = String(req.query.continue ?? '/')\n  const rebuilt = new URL(raw, SITE)\n  if (rebuilt.origin !== SITE.origin) return res.redirect('/')\n  res.redirect(raw)\n})" },
  ],
  invalid: [
    // the query's text first, then a query string: the host is the client's
    { code: "'use client'\nimport { useRouter, useSearchParams } from 'next/navigation'\nexport function Back() {\n  const router = useRouter()\n  const search = useSearchParams()\n  const go = () => router.push(`${search.get('next')}?from=tabs`)\n  return null\n}\n", path: 'src/components/Back.tsx', findings: [{ line: 6 }] },
    { ...TS, code: "app.get('/login', (req, res) => {\n  const next = String(req.query.next ?? '/')\n  if (!next.startsWith('/')) return res.redirect('/')\n  res.redirect(next)\n})", findings: [{ line: 4 }] },
    { ...TS, code: "app.get('/back', (req, res) => {\n  const to = String(req.query.to ?? '')\n  res.redirect(to.startsWith('/') ? to : '/')\n})", findings: [{ line: 3 }] },
    // The origin of a URL the client sent is the client's choice.
    { path: 'src/index.ts', code: "export default {\n  async fetch(request: Request) {\n    const url = new URL(request.url)\n    const target = new URL(url.searchParams.get('to') ?? '/', url)\n    return Response.redirect(`${target.origin}/home`, 302)\n  },\n}", findings: [{ line: 5 }] },
    // Holding `x !== ''` (or failing a check under `!`, or one side of an `||`) leaves any other value in the checked branch.
    { ...TS, code: "function pick(raw: unknown): string {\n  return typeof raw === 'string' && raw !== '' ? raw : '/'\n}\napp.get('/out', (req, res) => {\n  res.redirect(pick(req.query.next))\n})", findings: [{ line: 5 }] },
    { ...TS, code: "app.get('/out', (req, res) => {\n  const to = String(req.query.to ?? '')\n  res.redirect(to !== '' ? to : '/')\n})", findings: [{ line: 3 }] },
    { ...TS, code: "const ALLOWED = new Set(['/home'])\napp.get('/out', (req, res) => {\n  const to = String(req.query.to ?? '')\n  res.redirect(!ALLOWED.has(to) ? to : '/')\n})", findings: [{ line: 4 }] },
    { ...TS, code: "const ALLOWED = new Set(['/home'])\napp.get('/out', (req, res) => {\n  const to = String(req.query.to ?? '')\n  res.redirect(ALLOWED.has(to) || to.length > 3 ? to : '/')\n})", findings: [{ line: 4 }] },
    // The request's text before the `#` or `?`: it names the host.
    { ...TS, code: "app.get('/jump', (req, res) => {\n  res.redirect(`${req.query.to}#members`)\n})", findings: [{ line: 2 }] },
    { ...TS, code: "app.get('/jump', (req, res) => {\n  res.redirect(String(req.query.to) + '?ref=jump#top')\n})", findings: [{ line: 2 }] },
    { ...TS, code: "app.get('/jump', (req, res) => {\n  const target = `${req.query.host}/landing`\n  res.redirect(target + '#' + req.query.section)\n})", findings: [{ line: 3 }] },
    // The request's part first in a join, or after a lone slash or a scheme: the host is the client's.
    { ...TS, code: "const urlJoin = require('url-join')\napp.get('/go', (req, res) => {\n  res.redirect(urlJoin(req.query.site, '#', 'welcome'))\n})", findings: [{ line: 3 }] },
    { ...TS, code: "app.get('/back', (req, res) => {\n  res.redirect(nconf.get('relative_path') + '/' + req.query.to)\n})", findings: [{ line: 2 }] },
    { ...TS, code: "app.get('/back', (req, res) => {\n  res.redirect(nconf.get('relative_path') + req.query.to + '/user/')\n})", findings: [{ line: 2 }] },
    { ...TS, code: "app.get('/out', (req, res) => {\n  res.redirect('https://' + req.query.host + '/landing')\n})", findings: [{ line: 2 }] },
    // A parsed URL whose path, not host, is checked: any host passes.
    { ...TS, code: "app.get('/accept', (req, res) => {\n  const raw = String(req.query.continue ?? '/')\n  const rebuilt = new URL(raw, 'https://app.example.com')\n  if (rebuilt.pathname === '/welcome') return res.redirect('/')\n  res.redirect(raw)\n})", findings: [{ line: 5 }] },
    // The host of a URL parsed from something else says nothing of the path redirected to.
    { ...TS, code: "const SITE = new URL(process.env.APP_URL)\napp.get('/accept', (req, res) => {\n  const raw = String(req.query.continue ?? '/')\n  const home = new URL('/home', SITE)\n  if (home.origin !== SITE.origin) return res.redirect('/')\n  res.redirect(raw)\n})", findings: [{ line: 6 }] },
    // A check whose branch only logs vouches for nothing after the if.
    { ...TS, code: "app.get('/go', (req, res) => {\n  const next = String(req.query.next ?? '/')\n  if (next.startsWith('/dashboard')) {\n    console.info('internal')\n  }\n  res.redirect(next)\n})", findings: [{ line: 6 }] },
  ],
})

testRule(registered('js/ssrf'), {
  valid: [
    { ...TS, code: "import needle from 'needle'\napp.get('/feed', async (req, res) => {\n  const r = await needle('get', 'https://status.example.com/feed.json', { json: true })\n  res.json({ n: Number(req.query.n), body: r.body })\n})" },
    { ...TS, code: "const ALLOWED = new Set(['https://a.example.com'])\napp.post('/import', async (req, res) => {\n  const origin = new URL(req.body.source).origin\n  if (!ALLOWED.has(origin)) return res.status(400).end()\n  res.json(await (await fetch(req.body.source)).json())\n})" },
    { ...TS, code: "const HOSTS = ['a.example.com']\napp.post('/import', async (req, res) => {\n  const { hostname } = new URL(req.body.source)\n  if (!HOSTS.includes(hostname)) return res.status(400).end()\n  res.json(await (await fetch(req.body.source)).json())\n})" },
    // A check whose branch throws rejects what fails it, whatever the condition's spelling.
    { ...TS, code: "const HOSTS = ['a.example.com']\napp.post('/import', async (req, res) => {\n  const url = String(req.body.source)\n  if (HOSTS.includes(new URL(url).hostname) === false) {\n    throw new Error('host not allowed')\n  }\n  res.json(await (await fetch(url)).json())\n})" },
    { path: 'src/server/routers/docs.ts', code: "export const docs = router({\n  get: publicProcedure.input(z.object({ id: z.string() })).query(async ({ input }) => {\n    const res = await fetch(`https://docs.example.com/api/${encodeURIComponent(input.id)}`)\n    return res.json()\n  }),\n})" },
  ],
  invalid: [
    { ...TS, code: "import needle from 'needle'\napp.get('/feed', async (req, res) => {\n  const r = await needle('get', String(req.query.url), { json: true })\n  res.json(r.body)\n})", findings: [{ line: 3 }] },
    { ...TS, code: "app.post('/import', async (req, res) => {\n  const origin = new URL(req.body.source).origin\n  console.info(origin)\n  res.json(await (await fetch(req.body.source)).json())\n})", findings: [{ line: 4 }] },
    { ...TS, code: "const HOSTS = ['a.example.com']\napp.post('/import', async (req, res) => {\n  const url = String(req.body.source)\n  if (HOSTS.includes(new URL(url).hostname)) metrics.increment('import.known_host')\n  res.json(await (await fetch(url)).json())\n})", findings: [{ line: 5 }] },
    { path: 'src/server/routers/docs.ts', code: "export const docs = router({\n  get: publicProcedure.input(z.object({ url: z.string().url() })).query(async ({ input }) => {\n    const res = await fetch(input.url)\n    return res.text()\n  }),\n})", findings: [{ line: 3 }] },
  ],
})

const NEXT = { path: 'app/api/preview/route.ts' }

testRule(registered('js/xss-sink'), {
  valid: [
    { ...NEXT, code: "export async function GET(req: NextRequest) {\n  const q = req.nextUrl.searchParams.get('q') ?? ''\n  return new Response(JSON.stringify({ q }), { headers: { 'content-type': 'application/json' } })\n}" },
    { ...NEXT, code: "import escapeHtml from 'escape-html'\nexport async function GET(req: NextRequest) {\n  const q = req.nextUrl.searchParams.get('q') ?? ''\n  return new Response(`<p>${escapeHtml(q)}</p>`, { headers: { 'Content-Type': 'text/html' } })\n}" },
    { path: 'src/Note.tsx', code: "import DOMPurify from 'dompurify'\nexport function Note({ md }: { md: string }) {\n  const params = new URLSearchParams(window.location.search)\n  const html = useMemo(() => DOMPurify.sanitize(params.get('note') ?? ''), [params])\n  return <div dangerouslySetInnerHTML={{ __html: html }} />\n}" },
    // A memo with a body holds what it returns: the search term it filters by is a dependency, not part of the rows.
    { path: 'src/Invoices.tsx', code: "export function Invoices({ rows }: { rows: Invoice[] }) {\n  const [params] = useSearchParams()\n  const query = params.get('q') ?? ''\n  const visible = useMemo(() => {\n    const needle = query.trim().toLowerCase()\n    return needle ? rows.filter((r) => r.number.includes(needle)) : rows\n  }, [rows, query])\n  return <ul>{visible.map((r) => <li key={r.id}><a href={r.pdfUrl}>PDF</a></li>)}</ul>\n}" },
    // A list kept in state whose entries' markup a sanitiser made, read back in a JSX map.
    { path: 'src/Comments.tsx', code: "import sanitizeHtml from 'sanitize-html'\nexport function Comments({ postId }: { postId: string }) {\n  const [comments, setComments] = useState([])\n  useEffect(() => {\n    fetch(`/api/posts/${postId}/comments`).then((r) => r.json()).then((rows) => setComments(rows.map((c) => ({ ...c, html: sanitizeHtml(c.body) })))).catch(() => setComments([]))\n  }, [postId])\n  return <ul>{comments.map((c) => <li key={c.id}><div dangerouslySetInnerHTML={{ __html: c.html }} /></li>)}</ul>\n}" },
    // State set only to a sanitiser's output, in an effect's callback.
    { path: 'src/CommentBody.tsx', code: "import DOMPurify from 'dompurify'\nimport { marked } from 'marked'\nexport function CommentBody({ id }: { id: string }) {\n  const [html, setHtml] = useState<string>('')\n  useEffect(() => {\n    fetch(`/api/comments/${id}`).then((r) => r.json()).then(async (data) => setHtml(DOMPurify.sanitize(await marked.parse(data.body)))).catch(() => setHtml(''))\n  }, [id])\n  return <article dangerouslySetInnerHTML={{ __html: html }} />\n}" },
  ],
  invalid: [
    { ...NEXT, code: "export async function GET(req: NextRequest) {\n  const q = req.nextUrl.searchParams.get('q') ?? ''\n  return new Response(`<p>No results for ${q}</p>`, { headers: { 'content-type': 'text/html; charset=utf-8' } })\n}", findings: [{ line: 3 }] },
    { path: 'src/Note.tsx', code: "export function Note() {\n  const params = new URLSearchParams(window.location.search)\n  const html = useMemo(() => params.get('note') ?? '', [params])\n  return <div dangerouslySetInnerHTML={{ __html: html }} />\n}", findings: [{ line: 4 }] },
    { path: 'src/Note.tsx', code: "export function Note() {\n  const html = useMemo(() => {\n    const params = new URLSearchParams(window.location.search)\n    const note = params.get('note') ?? ''\n    return `<p>${note}</p>`\n  }, [])\n  return <div dangerouslySetInnerHTML={{ __html: html }} />\n}", findings: [{ line: 7 }] },
    { path: 'src/Comments.tsx', code: "import sanitizeHtml from 'sanitize-html'\nexport function Comments({ postId }: { postId: string }) {\n  const [comments, setComments] = useState([])\n  useEffect(() => {\n    fetch(`/api/posts/${postId}/comments`).then((r) => r.json()).then((rows) => setComments(rows.map((c) => ({ ...c, html: c.body })))).catch(() => setComments([]))\n  }, [postId])\n  return <ul>{comments.map((c) => <li key={c.id}><div dangerouslySetInnerHTML={{ __html: c.html }} /></li>)}</ul>\n}", findings: [{ line: 7 }] },
    // One setter call hands over unsanitised markup: the state is not safe.
    { path: 'src/CommentBody.tsx', code: "import DOMPurify from 'dompurify'\nexport function CommentBody({ id }: { id: string }) {\n  const [html, setHtml] = useState('')\n  useEffect(() => {\n    fetch(`/api/comments/${id}`).then((r) => r.json()).then((data) => data.trusted ? setHtml(data.body) : setHtml(DOMPurify.sanitize(data.body))).catch(() => setHtml(''))\n  }, [id])\n  return <article dangerouslySetInnerHTML={{ __html: html }} />\n}", findings: [{ line: 7 }] },
    // Request data handed to the setter makes the state request data.
    { path: 'src/Banner.tsx', code: "export function Banner() {\n  const [message, setMessage] = useState('')\n  useEffect(() => {\n    setMessage(new URLSearchParams(window.location.search).get('msg') ?? '')\n  }, [])\n  return <div dangerouslySetInnerHTML={{ __html: `<b>${message}</b>` }} />\n}", findings: [{ line: 6, message: /request data/ }] },
    { path: 'src/components/Sig.ts', code: "import { computed, h } from 'vue'\nimport { useRoute } from 'vue-router'\nexport default {\n  setup() {\n    const route = useRoute()\n    const sig = computed(() => String(route.query.sig ?? ''))\n    return () => h('footer', { innerHTML: sig.value })\n  },\n}", findings: [{ line: 7 }] },
  ],
})

const WORKER = { path: 'src/routes/summaries.ts' }

testRule(registered('js/prompt-injection'), {
  valid: [
    { ...WORKER, code: "app.post('/s', async (c) => {\n  const { text } = await c.req.json()\n  const out = await c.env.AI.run('@cf/meta/llama-3.1-8b-instruct', {\n    messages: [\n      { role: 'system', content: 'Summarize in one sentence.' },\n      { role: 'user', content: text },\n    ],\n  })\n  return c.json(out)\n})" },
  ],
  invalid: [
    { ...WORKER, code: "app.post('/s', async (c) => {\n  const { text, audience } = await c.req.json()\n  const out = await c.env.AI.run('@cf/meta/llama-3.1-8b-instruct', {\n    messages: [\n      { role: 'system', content: `Summarize for ${audience}.` },\n      { role: 'user', content: text },\n    ],\n  })\n  return c.json(out)\n})", findings: [{ line: 3 }] },
    { path: 'src/server/routers/assistant.ts', code: "export const assistant = router({\n  ask: publicProcedure.input(z.object({ q: z.string(), rules: z.string() })).mutation(async ({ input }) => {\n    const msg = await anthropic.messages.create({ model: 'claude-3-5-haiku-latest', max_tokens: 256, system: input.rules, messages: [{ role: 'user', content: input.q }] })\n    return msg.content\n  }),\n})", findings: [{ line: 3 }] },
  ],
})

const NODE = { path: 'src/services/fetcher.js' }

testRule(registered('js/ssrf'), {
  valid: [
    { ...NODE, code: "const https = require('https')\nfunction status(req, res) {\n  const options = { host: 'status.internal', path: `/health/${encodeURIComponent(req.query.svc)}` }\n  https.request(options, (up) => res.json({ s: up.statusCode })).end()\n}\nmodule.exports = { status }" },
    { ...NODE, code: "async function avatar(req, res) {\n  await assertPublicUrl(req.body.avatarUrl)\n  const r = await fetch(req.body.avatarUrl)\n  res.json({ ok: r.ok })\n}\nmodule.exports = { avatar }" },
  ],
  invalid: [
    { ...NODE, code: "const https = require('https')\nfunction status(req, res) {\n  const options = { host: req.query.host, path: '/health' }\n  https.request(options, (up) => res.json({ s: up.statusCode })).end()\n}\nmodule.exports = { status }", findings: [{ line: 4 }] },
    { ...NODE, code: "async function avatar(req, res) {\n  await assertPublicUrl(req.body.fallbackUrl)\n  const r = await fetch(req.body.avatarUrl)\n  res.json({ ok: r.ok })\n}\nmodule.exports = { avatar }", findings: [{ line: 3 }] },
  ],
})

testRule(registered('js/open-redirect'), {
  valid: [
    { path: 'src/routes/links.ts', code: "links.get('/go/:slug', async (c) => {\n  const row = await c.env.DB.prepare('SELECT target FROM links WHERE slug = ?').bind(c.req.param('slug')).first()\n  if (!row) return c.notFound()\n  return c.redirect(row.target)\n})" },
  ],
  invalid: [
    { path: 'src/routes/links.ts', code: "links.get('/go', async (c) => {\n  const target = c.req.query('to') ?? '/'\n  return c.redirect(target)\n})", findings: [{ line: 3 }] },
  ],
})

testRule(registered('js/xss-sink'), {
  valid: [
    { path: 'src/plugins/cards.ts', code: "import Handlebars from 'handlebars'\nexport default async function routes(app: FastifyInstance) {\n  app.get('/cards/:id', async (request: FastifyRequest<{ Params: { id: string } }>, reply) => {\n    const card = Handlebars.compile('<div class=\"card\">{{title}}</div>')\n    return reply.type('text/html').send(card({ title: request.params.id }))\n  })\n}" },
  ],
  invalid: [
    { path: 'src/plugins/cards.ts', code: "import Handlebars from 'handlebars'\nexport default async function routes(app: FastifyInstance) {\n  app.get('/cards/:id', async (request: FastifyRequest<{ Params: { id: string } }>, reply) => {\n    const card = Handlebars.compile('<div class=\"card\">{{{title}}}</div>')\n    return reply.type('text/html').send(card({ title: request.params.id }))\n  })\n}", findings: [{ line: 5 }] },
  ],
})

testRule(registered('crypto/insecure-random'), {
  valid: [
    { path: 'src/lib/ids.js', code: "function uuid() {\n  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, () => crypto.getRandomValues(new Uint8Array(1))[0].toString(16)[0])\n}\nfunction colors(n) {\n  return Array.from({ length: n }, () => Math.floor(Math.random() * 360))\n}\nmodule.exports = { uuid, colors }" },
  ],
  invalid: [
    { path: 'src/lib/ids.js', code: "function uuid() {\n  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {\n    const r = (Math.random() * 16) | 0\n    return (c === 'x' ? r : (r & 0x3) | 0x8).toString(16)\n  })\n}\nfunction createResetToken(user) {\n  const token = uuid()\n  return { userId: user.id, token }\n}\nmodule.exports = { createResetToken }", findings: [{ line: 8 }] },
  ],
})

const GQL = { path: 'src/graphql/resolvers.ts' }

testRule(registered('js/ssrf'), {
  valid: [
    { ...GQL, code: "export const resolvers = {\n  Mutation: {\n    notify: async (_: unknown, { partnerId }: { partnerId: string }) => {\n      const { data } = await axios.post(`https://partners.example.com/api/${encodeURIComponent(partnerId)}`)\n      return data.ok\n    },\n  },\n}" },
    { path: 'src/auth/sso.controller.ts', code: "import { Controller, Get, Query } from '@nestjs/common'\n@Controller('sso')\nexport class SsoController {\n  constructor(private readonly http: HttpService) {}\n  @Get('meta')\n  meta(@Query('tenant') tenant: string) {\n    return this.http.get(`${process.env.IDP_URL}/${encodeURIComponent(tenant)}/.well-known/openid-configuration`)\n  }\n}" },
  ],
  invalid: [
    { ...GQL, code: "export const resolvers = {\n  Mutation: {\n    importCatalog: async (_: unknown, { feedUrl }: { feedUrl: string }) => {\n      const { data } = await axios.get(feedUrl)\n      return data.length\n    },\n  },\n}", findings: [{ line: 4 }] },
    { ...GQL, code: "export const resolvers = {\n  Query: {\n    async preview(_parent, args) {\n      const res = await fetch(args.link)\n      return res.text()\n    },\n  },\n}", findings: [{ line: 4 }] },
    { path: 'src/auth/sso.controller.ts', code: "import { Controller, Get, Query } from '@nestjs/common'\n@Controller('sso')\nexport class SsoController {\n  constructor(private readonly http: HttpService) {}\n  @Get('meta')\n  meta(@Query('idp') idp: string) {\n    return this.http.get(`${idp}/.well-known/openid-configuration`)\n  }\n}", findings: [{ line: 7 }] },
  ],
})

const CLIENT = { path: 'src/components/Checkout.tsx' }

testRule(registered('js/xss-sink'), {
  valid: [
    { ...CLIENT, code: "export function Back() {\n  const [params] = useSearchParams()\n  const id = params.get('order') ?? ''\n  return <a href={`/orders/${encodeURIComponent(id)}`}>Back</a>\n}" },
    { ...CLIENT, code: "export function Back({ order }: { order: { url: string } }) {\n  return <a href={order.url}>Back</a>\n}" },
  ],
  invalid: [
    { ...CLIENT, code: "export function Back() {\n  const [params] = useSearchParams()\n  const returnUrl = params.get('return_url') ?? '/orders'\n  return <a href={returnUrl}>Back</a>\n}", findings: [{ line: 4 }] },
  ],
})

testRule(registered('js/open-redirect'), {
  valid: [
    { ...CLIENT, code: "export function Done() {\n  const [params] = useSearchParams()\n  const to = params.get('to') ?? '/'\n  if (!/^\\/(?!\\/)/.test(to)) {\n    window.location.assign('/')\n  } else {\n    window.location.assign(to)\n  }\n  return null\n}" },
    { ...CLIENT, code: "export function Done() {\n  const [params] = useSearchParams()\n  const to = params.get('to') ?? '/'\n  if (ALLOWED.has(to)) {\n    console.info('ok')\n  } else {\n    return null\n  }\n  window.location.assign(to)\n  return null\n}" },
  ],
  invalid: [
    { ...CLIENT, code: "export function Done() {\n  const [params] = useSearchParams()\n  const to = params.get('to') ?? '/'\n  if (/^\\/(?!\\/)/.test(to)) navigate(to)\n  else window.location.assign(to)\n  return null\n}", findings: [{ line: 5 }] },
  ],
})

testRule(registered('js/ssrf'), {
  valid: [
    { path: 'server/api/weather.get.ts', code: "export default defineEventHandler(async (event) => {\n  const { city } = getQuery(event)\n  return await $fetch(`https://api.weather.example.com/v1/${encodeURIComponent(String(city))}`)\n})" },
  ],
  invalid: [
    { path: 'server/api/proxy.get.ts', code: "export default defineEventHandler(async (event) => {\n  const { url } = getQuery(event)\n  return await $fetch(String(url))\n})", findings: [{ line: 3 }] },
    { path: 'server/api/proxy.post.ts', code: "export default defineEventHandler(async (event) => {\n  const body = await readBody(event)\n  const res = await fetch(body.url)\n  return res.json()\n})", findings: [{ line: 3 }] },
  ],
})

testRule(registered('js/prompt-injection'), {
  valid: [
    { ...TS, code: "app.post('/ai', async (req, res) => {\n  const out = await client.send(new ConverseCommand({ modelId: 'x', system: [{ text: 'Answer briefly.' }], messages: [{ role: 'user', content: [{ text: req.body.q }] }] }))\n  res.json(out)\n})" },
  ],
  invalid: [
    { ...TS, code: "app.post('/ai', async (req, res) => {\n  const out = await client.send(new ConverseCommand({ modelId: 'x', system: [{ text: `You are ${req.body.persona}` }], messages: [] }))\n  res.json(out)\n})", findings: [{ line: 2 }] },
  ],
})

testRule(registered('js/xss-sink'), {
  valid: [
    { ...TS, code: "app.get('/x', (c) => {\n  const q = c.req.query('q')\n  return c.body(JSON.stringify({ q }), 200, { 'Content-Type': 'application/json' })\n})" },
    { path: 'src/ui.ts', code: "const q = new URL(window.location.href).searchParams.get('q') ?? ''\n$('#out').append($('<li>').text(q))" },
  ],
  invalid: [
    { ...TS, code: "app.get('/x', (c) => {\n  const q = c.req.query('q')\n  return c.body(`<p>${q}</p>`, 200, { 'Content-Type': 'text/html' })\n})", findings: [{ line: 3 }] },
    { path: 'src/ui.ts', code: "const q = new URL(window.location.href).searchParams.get('q') ?? ''\nconst range = document.createRange()\ndocument.body.appendChild(range.createContextualFragment(q))", findings: [{ line: 3 }] },
    { path: 'src/ui.ts', code: "const q = new URL(window.location.href).searchParams.get('q') ?? ''\n$('#out').append($('<li>' + q + '</li>'))", findings: [{ line: 2 }] },
  ],
})

const SRV = { path: 'src/routes/probe.ts' }

testRule(registered('js/ssrf'), {
  valid: [
    { ...SRV, code: "export async function GET(req: NextRequest) {\n  const res = await fetch(new URL('/api/health', req.url))\n  return NextResponse.json({ ok: res.ok, q: req.nextUrl.searchParams.get('q') })\n}" },
    { ...SRV, code: "app.post('/x', async (req, res) => {\n  const client = axios.create({ baseURL: process.env.BILLING_URL })\n  await client.post('/ping', { id: req.body.id })\n  res.json({ ok: true })\n})" },
  ],
  invalid: [
    { ...SRV, code: "app.post('/x', async (req, res) => {\n  await fetch(new URL('/api/v1/ping', req.body.server))\n  res.json({ ok: true })\n})", findings: [{ line: 2 }] },
    { ...SRV, code: "app.post('/x', async (req, res) => {\n  const client = axios.create({ baseURL: req.body.server })\n  await client.get('/health')\n  res.json({ ok: true })\n})", findings: [{ line: 2 }] },
    { ...SRV, code: "app.post('/x', async (req, res) => {\n  const socket = new WebSocket(req.body.feed)\n  socket.on('message', (m) => console.info(String(m)))\n  res.json({ ok: true })\n})", findings: [{ line: 2 }] },
  ],
})

const TPL = { path: 'src/routes/templates.js' }

testRule(registered('js/template-injection'), {
  valid: [
    { ...TPL, code: "const { Liquid } = require('liquidjs')\nconst engine = new Liquid({ root: 'views' })\nrouter.post('/w', async (req, res) => res.send(await engine.renderFile('welcome', { name: req.body.name })))" },
    { ...TPL, code: "const Mustache = require('mustache')\nrouter.post('/w', (req, res) => res.json({ out: Mustache.render('Hi {{name}}', { name: req.body.name }) }))" },
    // a Liquid template reaches only the variables it is given, never JavaScript: the format storefronts let merchants write
    { ...TPL, code: "const { Liquid } = require('liquidjs')\nconst engine = new Liquid()\nrouter.post('/w', async (req, res) => res.json({ out: await engine.parseAndRender(req.body.tpl, {}) }))" },
  ],
  invalid: [
    { ...TPL, code: "const { Eta } = require('eta')\nconst eta = new Eta()\nrouter.post('/w', (req, res) => res.json({ out: eta.renderString(req.body.tpl, {}) }))", findings: [{ line: 3 }] },
    { ...TPL, code: "const Twig = require('twig')\nrouter.post('/w', (req, res) => res.json({ out: Twig.twig({ data: req.body.tpl }).render({}) }))", findings: [{ line: 2 }] },
    { ...TPL, code: "const nunjucks = require('nunjucks')\nrouter.post('/w', (req, res) => res.json({ out: new nunjucks.Template(req.body.tpl, env).render({}) }))", findings: [{ line: 2 }] },
    { ...TPL, code: "const Mustache = require('mustache')\nrouter.post('/w', (req, res) => res.json({ out: Mustache.render(req.body.tpl, {}) }))", findings: [{ line: 2 }] },
  ],
})

testRule(registered('crypto/permissive-cors'), {
  valid: [
    { path: 'src/app.ts', code: "app.use('/partner', cors({ origin: (origin, cb) => cb(null, origin && ALLOWED.has(origin) ? origin : false), credentials: true }))" },
  ],
  invalid: [
    { path: 'src/app.ts', code: "app.use('/partner', cors({ origin: (origin, cb) => cb(null, origin ?? true), credentials: true }))", findings: [{ line: 1 }] },
  ],
})

testRule(registered('js/debug-mode'), {
  valid: [
    { path: 'src/app.module.ts', code: "export const gql = GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, autoSchemaFile: true, playground: process.env.NODE_ENV !== 'production' })" },
    // the same call where it is usually written, in the module's decorator, with the options from the environment
    { path: 'src/app.module.ts', code: "import { Module } from '@nestjs/common'\nimport { GraphQLModule } from '@nestjs/graphql'\nimport { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo'\n\n@Module({\n  imports: [\n    GraphQLModule.forRoot<ApolloDriverConfig>({\n      driver: ApolloDriver,\n      autoSchemaFile: true,\n      debug: process.env.NODE_ENV !== 'production',\n      playground: process.env.NODE_ENV !== 'production',\n    }),\n  ],\n})\nexport class AppModule {}\n" },
    { path: 'src/app.module.ts', code: "import { Module } from '@nestjs/common'\nimport { GraphQLModule } from '@nestjs/graphql'\nimport { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo'\n\n@Module({\n  imports: [\n    GraphQLModule.forRoot<ApolloDriverConfig>({\n      driver: ApolloDriver,\n      autoSchemaFile: true,\n      debug: config.get('GRAPHQL_DEBUG') === 'true',\n    }),\n  ],\n})\nexport class AppModule {}\n" },
    // decorators elsewhere carry no configuration: a route, a parameter, an injected token
    { path: 'src/users/users.controller.ts', code: "@Controller('users')\nexport class UsersController {\n  constructor(@Inject(forwardRef(() => UsersService)) private readonly users: UsersService) {}\n  @Get(':id')\n  @UseGuards(AuthGuard('jwt'))\n  find(@Param('id', ParseIntPipe) id: number) {\n    return this.users.find(id)\n  }\n}" },
  ],
  invalid: [
    { path: 'src/app.module.ts', code: "export const gql = GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, autoSchemaFile: true, playground: true })", findings: [{ line: 1 }] },
    { path: 'src/app.module.ts', code: "import { Module } from '@nestjs/common'\nimport { GraphQLModule } from '@nestjs/graphql'\nimport { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo'\n\n@Module({\n  imports: [\n    GraphQLModule.forRoot<ApolloDriverConfig>({\n      driver: ApolloDriver,\n      autoSchemaFile: true,\n      debug: true,\n    }),\n  ],\n})\nexport class AppModule {}\n", findings: [{ line: 10, message: /debug: true/ }] },
    { path: 'src/app.module.ts', code: "import { Module } from '@nestjs/common'\nimport { GraphQLModule } from '@nestjs/graphql'\nimport { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo'\n\n@Module({\n  imports: [\n    GraphQLModule.forRoot<ApolloDriverConfig>({\n      driver: ApolloDriver,\n      autoSchemaFile: true,\n      playground: true,\n    }),\n  ],\n})\nexport class AppModule {}\n", findings: [{ line: 10 }] },
  ],
})

// Module configuration written in a decorator is read like the same call anywhere else.
testRule(registered('crypto/hardcoded-signing-key'), {
  valid: [
    // the key is reported where it is written, as a hardcoded secret, not again where it is used
    { path: 'src/auth/auth.module.ts', code: "import { JwtModule } from '@nestjs/jwt'\nexport const jwtConstants = {\n  secret: 'f1e2d3c4b5a69788796a5b4c3d2e1f0a',\n}\n@Module({\n  imports: [\n    JwtModule.register({ secret: jwtConstants.secret, signOptions: { expiresIn: '60m' } }),\n  ],\n})\nexport class AuthModule {}\n" },
    { path: 'src/auth/auth.module.ts', code: "import { JwtModule } from '@nestjs/jwt'\n@Module({\n  imports: [\n    JwtModule.registerAsync({\n      inject: [ConfigService],\n      useFactory: (config: ConfigService) => ({ secret: config.getOrThrow('JWT_SECRET') }),\n    }),\n  ],\n})\nexport class AuthModule {}\n" },
  ],
  invalid: [
    { path: 'src/auth/auth.module.ts', code: "import { JwtModule } from '@nestjs/jwt'\n@Module({\n  imports: [\n    PassportModule,\n    JwtModule.register({ secret: 'f1e2d3c4b5a69788796a5b4c3d2e1f0a', signOptions: { expiresIn: '60m' } }),\n  ],\n})\nexport class AuthModule {}\n", findings: [{ line: 5 }] },
  ],
})

testRule(registered('js/xss-sink'), {
  valid: [
    { path: 'src/ui/code.ts', code: "import hljs from 'highlight.js'\nconst params = new URLSearchParams(location.search)\ndocument.getElementById('code')!.innerHTML = hljs.highlight(params.get('src') ?? '', { language: 'ts' }).value" },
    { path: 'src/components/Mail.tsx', code: "export function Mail() {\n  const [params] = useSearchParams()\n  const to = params.get('to') ?? ''\n  return <a href={'mailto:' + to}>mail</a>\n}" },
    { path: 'src/components/Post.tsx', code: "import DOMPurify from 'dompurify'\nexport function Post({ body }: { body: string }) {\n  const clean = DOMPurify.sanitize(body)\n" + "  const words = body.split(' ').length\n".repeat(12) + "  return <div data-words={words} dangerouslySetInnerHTML={{ __html: clean }} />\n}" },
  ],
  invalid: [
    { path: 'src/components/Post.tsx', code: "export function Post({ body }: { body: string }) {\n  const raw = body\n" + "  const words = body.split(' ').length\n".repeat(12) + "  return <div data-words={words} dangerouslySetInnerHTML={{ __html: raw }} />\n}", findings: [{ line: 15 }] },
  ],
})

testRule(registered('js/prompt-injection'), {
  valid: [
    { path: 'src/bots/chat.js', code: "router.post('/chat', async (req, res) => {\n  const history = req.body.history || []\n  const out = await client.messages.create({ model: 'm', max_tokens: 100, system: 'Be brief.', messages: history.map((m) => ({ role: 'user', content: m.text })) })\n  res.json(out)\n})" },
  ],
  invalid: [
    { path: 'src/bots/chat.js', code: "router.post('/chat', async (req, res) => {\n  const history = req.body.history || []\n  const out = await client.messages.create({ model: 'm', max_tokens: 100, system: 'Be brief.', messages: history.map((m) => ({ role: m.role, content: m.text })) })\n  res.json(out)\n})", findings: [{ line: 3 }] },
  ],
})

/** Handler shapes named by how they are registered or exported: Koa middleware, Cloudflare Pages Functions. */
testRule(registered('js/ssrf'), {
  valid: [
    // a Koa middleware fetching a fixed upstream, and Express middleware's `use` with a URL of its own
    { path: 'src/server.js', code: "app.use(async (ctx, next) => {\n  const res = await fetch(`${UPSTREAM}/health`)\n  ctx.set('x-upstream', String(res.status))\n  await next()\n})" },
    // a target the code chose, resolved against the request's own URL: the host is this site's
    { path: 'functions/_middleware.ts', code: "export const onRequest = async (context: { request: Request; next: (r?: Request) => Promise<Response> }) => {\n  const target = new URL(LOGIN_PATH, context.request.url)\n  return fetch(target)\n}" },
    { path: 'src/proxy.ts', code: "export async function forward(request: Request, path: string) {\n  const url = new URL(path, request.url)\n  return fetch(new Request(url, request))\n}" },
    // a non-middleware `use` whose first argument is not a context
    { path: 'src/plugins.js', code: "editor.use((plugin) => {\n  fetch(plugin.url)\n})" },
  ],
  invalid: [
    { path: 'src/server.js', code: "app.use(async (ctx) => {\n  const res = await fetch(ctx.request.query.u)\n  ctx.body = await res.text()\n})", findings: [{ line: 2 }] },
    { path: 'functions/api/proxy.ts', code: "export const onRequestGet = async (context: { request: Request }) => {\n  const u = new URL(context.request.url).searchParams.get('u')!\n  return fetch(u)\n}", findings: [{ line: 3 }] },
    { path: 'functions/api/proxy.ts', code: "export async function onRequest({ request }: { request: Request }) {\n  const target = new URL(request.url).searchParams.get('target') ?? ''\n  return fetch(new URL(target, request.url))\n}", findings: [{ line: 3 }] },
  ],
})

/** A NestJS service method's `request: SomethingRequest` is a message its caller built, not the HTTP request. */
testRule(registered('js/prompt-injection'), {
  valid: [
    "import { Injectable } from '@nestjs/common'\nexport interface ReviewRequest { diff: string; guide?: string }\n@Injectable()\nexport class AiService {\n  review(request: ReviewRequest) {\n    return generateText({ model, system: BASE_SYSTEM, prompt: request.diff })\n  }\n}",
  ],
  invalid: [
    { path: 'src/ai/ai.service.ts', code: "import { Injectable } from '@nestjs/common'\nexport interface ReviewRequest { diff: string; guide?: string }\n@Injectable()\nexport class AiService {\n  review(req: ReviewRequest) {\n    return generateText({ model, system: `${BASE_SYSTEM}\\nFollow: ${req.guide}`, prompt: req.diff })\n  }\n}", findings: [{ line: 6 }] },
    { path: 'src/ai/ai.ts', code: "type AskRequest = { question: string; persona: string }\nexport async function ask(request: AskRequest) {\n  return generateText({ model, system: `Speak as ${request.persona}.`, prompt: request.question })\n}\nexport async function POST(req: Request) {\n  return Response.json(await ask(await req.json()))\n}", findings: [{ line: 3 }] },
  ],
})

/** Queue consumers run what request handlers enqueued: a Worker's `queue(batch)`, a BullMQ processor. */
testRule(registered('js/ssrf'), {
  valid: [
    // the message picks an id under a fixed host
    { path: 'src/queue/consumer.ts', code: "export default {\n  async queue(batch: MessageBatch<{ id: string }>, env: Env) {\n    for (const msg of batch.messages) {\n      await fetch(`${API_ORIGIN}/jobs/${encodeURIComponent(msg.body.id)}`)\n      msg.ack()\n    }\n  },\n}" },
    // a `queue` method of an object that is not the Worker's export
    { path: 'src/queue/helpers.ts', code: "const jobs = {\n  async queue(batch: { url: string }) {\n    return fetch(batch.url)\n  },\n}\nexport { jobs }" },
    { path: 'src/queue/thumbs.ts', code: "import { Worker } from 'bullmq'\nnew Worker('thumbs', async (job) => {\n  const res = await fetch(THUMBNAILER_URL, { method: 'POST', body: JSON.stringify({ id: job.data.id }) })\n  return res.status\n})" },
  ],
  invalid: [
    { path: 'src/queue/consumer.ts', code: "export default {\n  async queue(batch: MessageBatch<{ callbackUrl: string }>, env: Env) {\n    for (const msg of batch.messages) {\n      await fetch(msg.body.callbackUrl, { method: 'POST', body: '{}' })\n      msg.ack()\n    }\n  },\n}", findings: [{ line: 4 }] },
    { path: 'src/queue/thumbs.ts', code: "import { Worker } from 'bullmq'\nnew Worker('thumbs', async (job) => {\n  const res = await fetch(job.data.sourceUrl)\n  return res.status\n})", findings: [{ line: 3 }] },
  ],
})

/** amqplib hands each RabbitMQ message to the callback of `channel.consume(queue, onMessage)`: its content is what a publisher wrote. */
const AMQP = "const amqp = require('amqplib')\nconst fs = require('fs')\nconst path = require('path')\n"
testRule(registered('js/path-traversal'), {
  valid: [
    { path: 'src/workers/export.js', code: `${AMQP}async function run(ch) {\n  await ch.consume('exports', (msg) => {\n    const job = JSON.parse(msg.content.toString())\n    fs.writeFileSync(path.join('/srv/out', path.basename(job.name)), job.csv)\n    ch.ack(msg)\n  })\n}\n` },
    // another library's consume(): not a RabbitMQ message
    { path: 'src/workers/export.js', code: "const fs = require('fs')\nconst path = require('path')\nstream.consume('exports', (msg) => {\n  fs.writeFileSync(path.join('/srv/out', msg.name), msg.csv)\n})\n" },
  ],
  invalid: [
    { path: 'src/workers/export.js', code: `${AMQP}async function run(ch) {\n  await ch.consume('exports', (msg) => {\n    const job = JSON.parse(msg.content.toString())\n    fs.writeFileSync(path.join('/srv/out', job.name), job.csv)\n    ch.ack(msg)\n  })\n}\n`, findings: [{ line: 7, message: /the queued `msg`/ }] },
  ],
})

/** A URL-encoded component cannot change the host it is appended to. */
testRule(registered('js/ssrf'), {
  valid: [
    { path: 'src/integrations/hooks.controller.ts', code: "import { Body, Controller, Param, Post } from '@nestjs/common'\n@Controller('integrations')\nexport class HooksController {\n  constructor(private readonly http: HttpService, private readonly integrations: IntegrationsService) {}\n  @Post(':id/callback')\n  async callback(@Param('id') id: string, @Body() dto: { callback: string }) {\n    const integration = await this.integrations.findOne(id)\n    return firstValueFrom(this.http.get(`${integration.baseUrl}/callbacks/${encodeURIComponent(dto.callback)}`))\n  }\n}" },
    { path: 'src/routes/search.js', code: "app.get('/s', async (req, res) => {\n  const r = await fetch(`${SEARCH_HOST}/q?term=${encodeURIComponent(req.query.q)}`)\n  res.json(await r.json())\n})" },
  ],
  invalid: [
    // encodeURI keeps `/`, `:` and `@`: a whole URL passes through it unchanged
    { path: 'src/routes/proxy.js', code: "app.get('/p', async (req, res) => {\n  const r = await fetch(encodeURI(req.query.url))\n  res.send(await r.text())\n})", findings: [{ line: 2 }] },
    // the client still picks the host; only the query value is encoded
    { path: 'src/routes/search.js', code: "app.get('/s', async (req, res) => {\n  const r = await fetch(`https://${req.query.region}.search.example.com/q?term=${encodeURIComponent(req.query.q)}`)\n  res.json(await r.json())\n})", findings: [{ line: 2 }] },
  ],
})

/** A Fastify handler's returned string is the body, sent as HTML when the handler set that type. */
testRule(registered('js/xss-sink'), {
  valid: [
    // plain text (Fastify's default for a string) and JSON
    { path: 'src/plugins/hello.ts', code: "app.get('/hello', async (req, reply) => {\n  return `<p>Hello ${req.query.name}</p>`\n})" },
    { path: 'src/plugins/hello.ts', code: "app.get('/hello', async (req, reply) => {\n  reply.type('application/json')\n  return { greeting: `Hello ${req.query.name}` }\n})" },
    { path: 'src/plugins/hello.ts', code: "app.get('/hello', async (req, reply) => {\n  reply.type('text/html')\n  return `<p>Hello ${escapeHtml(req.query.name)}</p>`\n})" },
  ],
  invalid: [
    { path: 'src/plugins/hello.ts', code: "app.get('/hello', async (req, reply) => {\n  reply.type('text/html')\n  return `<p>Hello ${req.query.name}</p>`\n})", findings: [{ line: 3 }] },
    { path: 'src/plugins/hello.ts', code: "app.get('/hello', async (request, reply) => {\n  reply.header('Content-Type', 'text/html; charset=utf-8')\n  return 'Hello ' + request.query.name\n})", findings: [{ line: 3 }] },
  ],
})

/** A token made by a helper named for it is reported once, in the helper. */
testRule(registered('crypto/insecure-random'), {
  valid: [
    { path: 'src/services/tokens.js', code: "function pick() {\n  return Math.floor(Math.random() * 10)\n}\nconst colour = pick()" },
  ],
  invalid: [
    { path: 'src/services/tokens.js', code: "function resetCode() {\n  return String(Math.floor(Math.random() * 1e6)).padStart(6, '0')\n}\nasync function startReset(userId) {\n  const code = resetCode()\n  await db.insert({ userId, code })\n  return { code }\n}", findings: [{ line: 2 }] },
    { path: 'src/services/mailer.js', code: "function unsubscribeCode(userId) {\n  return userId.toString(36) + Math.random().toString(36).slice(2, 10)\n}", findings: [{ line: 2 }] },
  ],
})

/** `sql.raw()` and `Prisma.raw()` splice fragments the code builds (column lists, keywords); request data in one is injection. */
testRule(registered('js/sql-injection'), {
  valid: [
    { path: 'src/db/stats.ts', code: "import { sql } from 'drizzle-orm'\nconst SEVERITIES = ['critical', 'major', 'minor'] as const\nexport const bySeverity = sql`select ${sql.raw(SEVERITIES.map((s) => `sum(severity = '${s}')`).join(', '))} from findings`" },
    { path: 'src/db/dialect.js', code: "function indexes(names) {\n  return sql.raw(names.join(', '))\n}" },
  ],
  invalid: [
    { path: 'src/routes/stats.ts', code: "import { sql } from 'drizzle-orm'\napp.get('/stats', async (req, res) => {\n  res.json(await db.execute(sql`select * from findings order by ${sql.raw(req.query.sort)}`))\n})", findings: [{ line: 3 }] },
  ],
})

/** A content type set by a statement of its own earlier in the handler, and context encoders. */
testRule(registered('js/xss-sink'), {
  valid: [
    { path: 'src/routes/hello.js', code: "app.get('/hello', (req, res) => {\n  res.setHeader('Content-Type', 'text/plain; charset=utf-8')\n  res.send(`Hello ${req.query.name}`)\n})" },
    { path: 'src/routes/hello.js', code: "app.get('/hello', (req, res) => {\n  res.type('txt')\n  res.status(200).send(`<p>Hello ${req.query.name}</p>`)\n})" },
    { path: 'src/routes/hello.js', code: "const xssFilters = require('xss-filters')\napp.get('/hello', (req, res) => {\n  res.send(`<p>Hello ${xssFilters.inHTMLData(req.query.name)}</p>`)\n})" },
    // a type picked from a table the file wrote, none of whose types is a document, with a written fallback
    { path: 'src/routes/files.js', code: "const TYPES = {\n  csv: 'text/csv',\n  pdf: 'application/pdf',\n}\napp.get('/files/:id', async (req, res) => {\n  const file = await loadFile(req.params.id)\n  res.setHeader('Content-Type', TYPES[req.query.type] || 'application/octet-stream')\n  res.send(file.body)\n})" },
  ],
  invalid: [
    // the type set on another response object, or HTML set explicitly
    { path: 'src/routes/hello.js', code: "app.get('/hello', async (req, res) => {\n  upstream.setHeader('Content-Type', 'text/plain')\n  res.send(`<p>Hello ${req.query.name}</p>`)\n})", findings: [{ line: 3 }] },
    { path: 'src/routes/hello.js', code: "app.get('/hello', (req, res) => {\n  res.set('Content-Type', 'text/html')\n  res.send(req.query.name)\n})", findings: [{ line: 3 }] },
    { path: 'src/plugins/hello.js', code: "fastify.get('/hello', async (request, reply) => {\n  reply.type('text/html')\n  return reply.send(`<h1>${request.query.who}</h1>`)\n})", findings: [{ line: 3 }] },
    // a table offering HTML or SVG, or the client's own type as the fallback
    { path: 'src/routes/files.js', code: "const TYPES = { txt: 'text/plain', page: 'text/html' }\napp.get('/files/:id', async (req, res) => {\n  res.setHeader('Content-Type', TYPES[req.query.type] || 'text/plain')\n  res.send(req.query.body)\n})", findings: [{ line: 4 }] },
    { path: 'src/routes/files.js', code: "const TYPES = { png: 'image/png', svg: 'image/svg+xml' }\napp.get('/files/:id', async (req, res) => {\n  res.setHeader('Content-Type', TYPES[req.query.type] || 'image/png')\n  res.send(req.query.body)\n})", findings: [{ line: 4 }] },
    { path: 'src/routes/files.js', code: "const TYPES = { csv: 'text/csv' }\napp.get('/files/:id', async (req, res) => {\n  res.setHeader('Content-Type', TYPES[req.query.type] || req.query.type)\n  res.send(req.query.body)\n})", findings: [{ line: 4 }] },
  ],
})

/** An HTTPS upgrade sends the browser back to the host it asked for. */
testRule(registered('js/open-redirect'), {
  valid: [
    { path: 'src/middleware/https.js', code: "app.use((req, res, next) => {\n  if (req.secure) return next()\n  res.redirect(301, `https://${req.hostname}${req.originalUrl}`)\n})" },
    { path: 'src/middleware/https.js', code: "app.use((req, res, next) => {\n  if (req.headers['x-forwarded-proto'] === 'https') return next()\n  res.redirect('https://' + req.headers.host + req.url)\n})" },
  ],
  invalid: [
    // a host the client named in the query string
    { path: 'src/routes/go.js', code: "app.get('/go', (req, res) => {\n  res.redirect(`https://${req.query.host}${req.originalUrl}`)\n})", findings: [{ line: 2 }] },
  ],
})

/** A list mapped through a numeric conversion holds numbers only. */
testRule(registered('js/sql-injection'), {
  valid: [
    { path: 'src/routes/items.ts', code: "app.get('/items', async (req, res) => {\n  const ids = String(req.query.ids).split(',').map(Number)\n  res.json((await pool.query(`SELECT * FROM items WHERE id IN (${ids.join(',')})`)).rows)\n})" },
  ],
  invalid: [
    { path: 'src/routes/items.ts', code: "app.get('/items', async (req, res) => {\n  const ids = String(req.query.ids).split(',').map((s) => s.trim())\n  res.json((await pool.query(`SELECT * FROM items WHERE id IN (${ids.join(',')})`)).rows)\n})", findings: [{ line: 3 }] },
    { path: 'src/routes/items.ts', code: "app.get('/items', async (req, res) => {\n  const ids = String(req.query.ids).split(',').map(String)\n  res.json((await pool.query(`SELECT * FROM items WHERE id IN (${ids.join(',')})`)).rows)\n})", findings: [{ line: 3 }] },
  ],
})

/** `path.relative(root, p).startsWith('..')` is a containment check on `p`. */
testRule(registered('js/path-traversal'), {
  valid: [
    { path: 'src/routes/files.ts', code: "app.get('/f', async (req, res) => {\n  const p = path.join(ROOT, String(req.query.f))\n  if (path.relative(ROOT, p).startsWith('..')) return res.sendStatus(403)\n  res.send(await fs.readFile(p))\n})" },
  ],
  invalid: [
    // the check is about another path
    { path: 'src/routes/files.ts', code: "app.get('/f', async (req, res) => {\n  const p = path.join(ROOT, String(req.query.f))\n  if (path.relative(ROOT, base).startsWith('..')) return res.sendStatus(403)\n  res.send(await fs.readFile(p))\n})", findings: [{ line: 4 }] },
  ],
})

/** A configured origin followed by a query string, and a root path resolved against a configured base. */
testRule(registered('js/ssrf'), {
  valid: [
    { path: 'src/routes/search.ts', code: "app.get('/s', async (req, res) => {\n  res.json((await fetch(`${process.env.SEARCH_URL}?q=${req.query.q}`)).status)\n})" },
    { path: 'src/routes/items.ts', code: "app.get('/i/:id', async (req, res) => {\n  res.json((await fetch(new URL(`/v1/items/${req.params.id}`, process.env.API_BASE))).status)\n})" },
  ],
  invalid: [
    // `//host` from the root is another host; a base the client sent is the client's
    { path: 'src/routes/items.ts', code: "app.get('/i', async (req, res) => {\n  res.json((await fetch(new URL(`//${req.query.host}/v1/items`, process.env.API_BASE))).status)\n})", findings: [{ line: 2 }] },
    { path: 'src/routes/items.ts', code: "app.get('/i', async (req, res) => {\n  res.json((await fetch(new URL(`/v1/items/${req.query.id}`, req.query.base))).status)\n})", findings: [{ line: 2 }] },
    { path: 'src/routes/search.ts', code: "app.get('/s', async (req, res) => {\n  res.json((await fetch(`${req.query.server}?q=${req.query.q}`)).status)\n})", findings: [{ line: 2 }] },
  ],
})

/** The page's own origin followed by a path stays on the site. */
testRule(registered('js/open-redirect'), {
  valid: [
    { path: 'public/js/orders.js', code: "const params = new URLSearchParams(location.search)\nfunction open() {\n  window.location.assign(`${window.location.origin}/orders/${params.get('id')}`)\n}" },
    { path: 'public/js/orders.js', code: "const params = new URLSearchParams(location.search)\nfunction open() {\n  location.href = location.origin + '/orders/' + params.get('id')\n}" },
  ],
  invalid: [
    // an origin variable the page read from its query string
    { path: 'public/js/orders.js', code: "const params = new URLSearchParams(location.search)\nfunction open() {\n  const origin = params.get('origin')\n  window.location.assign(`${origin}/orders`)\n}", findings: [{ line: 4 }] },
  ],
})

// Angular's route observables emit the browser URL's values, as its snapshot holds them.
const ANGULAR_ROUTE = (body: string) =>
  `import { Component, inject } from '@angular/core'\nimport { ActivatedRoute } from '@angular/router'\n@Component({ selector: 'app-n', template: '<div></div>' })\nexport class NoticeComponent {\n  private route = inject(ActivatedRoute)\n  ngOnInit() {\n    ${body}\n  }\n}`

testRule(registered('js/xss-sink'), {
  valid: [
    { code: ANGULAR_ROUTE("this.route.queryParams.subscribe((p) => { this.el.nativeElement.textContent = p['msg'] })"), path: 'src/app/notice.component.ts' },
    { code: ANGULAR_ROUTE("this.store.changes.subscribe((p) => { this.count = p['count'] })"), path: 'src/app/notice.component.ts' },
  ],
  invalid: [
    { code: ANGULAR_ROUTE("this.route.queryParams.subscribe((p) => this.renderer.setProperty(this.el.nativeElement, 'innerHTML', p['msg']))"), path: 'src/app/notice.component.ts', findings: [{ line: 7 }] },
    { code: ANGULAR_ROUTE("this.route.queryParamMap.subscribe((m) => { this.html = this.sanitizer.bypassSecurityTrustHtml(m.get('msg') ?? '') })"), path: 'src/app/notice.component.ts', findings: [{ line: 7 }] },
  ],
})

// jQuery: `$(text)` builds elements from markup, `.attr('href', x)` sets a link a `javascript:` URL runs from, and a
// cookie value extracted with `replace(…, '$1')` is still the cookie.
testRule(registered('js/xss-sink'), {
  valid: [
    "var tab = location.hash.slice(1)\n$('#tabs').find('[data-tab]').filter(function () { return $(this).data('tab') === tab }).show()",
    "var ref = new URLSearchParams(location.search).get('ref')\n$('#ref').attr('data-ref', ref)",
    "var ref = new URLSearchParams(location.search).get('ref')\n$('#ref').attr('href', '/r/' + encodeURIComponent(ref))",
    "var q = new URLSearchParams(location.search).get('q')\n$('#q').html(q.replace(/[^\\w\\s]/g, ''))",
    // the whole fragment starts with `#`: jQuery reads it as a selector
    { code: "$(function () {\n  if (window.location.hash) {\n    $(window.location.hash).collapse('toggle')\n  }\n})", path: 'public/js/flags.js' },
    { code: "var target = decodeURIComponent(location.hash)\n$(target).addClass('highlight')", path: 'public/js/anchors.js' },
  ],
  invalid: [
    { code: "var hash = location.hash.substring(1)\n$(hash).show()", path: 'public/js/tabs.js', findings: [{ line: 2 }] },
    { code: "$(location.hash.slice(1)).show()", path: 'public/js/tabs.js', findings: [{ line: 1 }] },
    { code: "var target = location.hash\nif (!target) target = location.search.slice(3)\n$(target).show()", path: 'public/js/tabs.js', findings: [{ line: 3 }] },
    { code: "var ref = new URLSearchParams(location.search).get('ref')\n$('#back').attr('href', ref)", path: 'public/js/back.js', findings: [{ line: 2 }] },
    { code: "var name = decodeURIComponent(document.cookie.replace(/(?:(?:^|.*;\\s*)name\\s*=\\s*([^;]*).*$)|^.*$/, '$1'))\ndocument.write('<p>Welcome ' + name + '</p>')", path: 'public/js/welcome.js', findings: [{ line: 2 }] },
  ],
})

// A record an imported lookup reads by the request's id is stored data, not the request's text: a page rendered from it
// is not reflected XSS. A function that is not named for a lookup (`decodeInvoiceRef(params.id)`) may return its input.
testRule(registered('js/xss-sink'), {
  valid: [
    {
      code: "import { NextResponse } from 'next/server'\nimport { getInvoice } from '@/lib/invoices'\n\nfunction render(data) {\n  return `<html><body><h1>Invoice ${data.number}</h1></body></html>`\n}\n\nexport async function GET(req, { params }) {\n  const data = await getInvoice(params.id)\n  return new NextResponse(render(data), { headers: { 'content-type': 'text/html' } })\n}\n",
      path: 'app/invoices/[id]/route.ts',
    },
    // a stored attachment read by its id (`readAttachment`, `retrieveDocument`) is the stored file, not the request's text
    {
      code: "const express = require('express')\nconst { readAttachment, retrieveDocument } = require('../services/files')\nconst router = express.Router()\n\nrouter.get('/attachments/:id', async (req, res) => {\n  const file = await readAttachment(req.params.id)\n  res.send(file.data)\n})\n\nrouter.get('/documents/:id', async (req, res) => {\n  res.send((await retrieveDocument(req.params.id)).body)\n})\n",
      path: 'src/routes/attachments.js',
    },
  ],
  invalid: [
    // a read of the request itself, or of a helper named for text, returns what the client sent
    {
      code: "const express = require('express')\nconst { readBodyText } = require('../lib/http')\nconst router = express.Router()\n\nrouter.post('/echo', async (req, res) => {\n  const note = await readBodyText(req.query.note)\n  res.send(note.data)\n})\n",
      path: 'src/routes/echo.js',
      findings: [{ line: 7 }],
    },
    {
      code: "import { NextResponse } from 'next/server'\nimport { decodeInvoiceRef } from '@/lib/invoices'\n\nfunction render(data) {\n  return `<html><body><h1>Invoice ${data.number}</h1></body></html>`\n}\n\nexport async function GET(req, { params }) {\n  const data = decodeInvoiceRef(params.id)\n  return new NextResponse(render(data), { headers: { 'content-type': 'text/html' } })\n}\n",
      path: 'app/invoices/[id]/route.ts',
      findings: [{ line: 10 }],
    },
  ],
})

// A service that zod-parses the body it is handed (`ask(body)` called from a route): the parsed strings are what the
// client sent, `.url()` or not. Configuration parsed the same way, and fields the schema pins to an enum, are not.
testRule(registered('js/ssrf'), {
  valid: [
    { code: "import { z } from 'zod'\nconst Env = z.object({ STATUS_URL: z.string().url() })\nexport async function status(env) {\n  const { STATUS_URL } = Env.parse(process.env)\n  return axios.get(STATUS_URL)\n}\n", path: 'src/status/status.service.ts' },
    { code: "import { z } from 'zod'\nconst Ask = z.object({ region: z.enum(['eu', 'us']) })\nexport async function ask(body) {\n  const { region } = Ask.parse(body)\n  return axios.get(region)\n}\n", path: 'src/assistant/assistant.service.ts' },
  ],
  invalid: [
    { code: "import { z } from 'zod'\nconst Ask = z.object({ question: z.string(), pageUrl: z.string().url() })\nexport async function ask(body) {\n  const { pageUrl } = Ask.parse(body)\n  return axios.get(pageUrl)\n}\n", path: 'src/assistant/assistant.service.ts', findings: [{ line: 5 }] },
  ],
})

// koa-send serves under its `root`; the filesystem's root confines nothing, for it or for Express's sendFile.
testRule(registered('js/path-traversal'), {
  valid: [
    { code: "const send = require('koa-send')\nrouter.get('/assets/:file', async (ctx) => {\n  await send(ctx, ctx.params.file, { root: __dirname + '/public' })\n})\n", path: 'src/server/assets.js' },
    { code: "app.get('/files/:name', (req, res) => res.sendFile(req.params.name, { root: UPLOAD_DIR }))\n", path: 'src/server/files.js' },
    // the options before a completion callback, and download's options after the name it gives the file
    { code: "app.get('/files/:name', (req, res) => {\n  res.sendFile(req.params.name, { root: UPLOAD_DIR, dotfiles: 'deny' }, (err) => {\n    if (err) res.status(404).end()\n  })\n})\n", path: 'src/server/files.ts' },
    { code: "app.get('/files/:name', (req, res) => {\n  res.download(req.params.name, 'report.csv', { root: EXPORT_DIR }, (err) => {\n    if (err) res.status(404).end()\n  })\n})\n", path: 'src/server/files.ts' },
  ],
  invalid: [
    { code: "const send = require('koa-send')\nrouter.get('/exports', async (ctx) => {\n  await send(ctx, ctx.query.path, { root: '/' })\n})\n", path: 'src/server/exports.js', findings: [{ line: 3 }] },
    { code: "app.get('/files', (req, res) => res.sendFile(String(req.query.path), { root: '/' }))\n", path: 'src/server/files.js', findings: [{ line: 1 }] },
    { code: "app.get('/files/:name', (req, res) => {\n  res.sendFile(path.join(UPLOAD_DIR, req.params.name), { dotfiles: 'deny' }, (err) => {\n    if (err) res.status(404).end()\n  })\n})\n", path: 'src/server/files.ts', findings: [{ line: 2 }] },
    { code: "app.get('/files', (req, res) => {\n  res.sendFile(String(req.query.path), { root: '/' }, (err) => {\n    if (err) res.status(404).end()\n  })\n})\n", path: 'src/server/files.ts', findings: [{ line: 2 }] },
  ],
})

// Element.setHTMLUnsafe parses its argument as markup, as innerHTML does; Express's res.format runs the callback for the
// type the client accepts with that Content-Type set, so its html callback's res.send is a page and its text and json
// callbacks are not.
testRule(registered('js/xss-sink'), {
  valid: [
    "const params = new URLSearchParams(window.location.search)\nexport function suggestions(list: HTMLUListElement) {\n  const words = (params.get('suggest') ?? '').split(',')\n  list.setHTML(words.map((w) => `<li>${w}</li>`).join(''))\n}",
    "export function card(el: HTMLElement) {\n  el.setHTMLUnsafe('<slot name=\"title\"></slot>')\n}",
    "import type { Request, Response } from 'express'\nexport function search(req: Request, res: Response) {\n  const q = String(req.query.q ?? '')\n  res.format({\n    text: () => res.send(`Searching for: ${q}`),\n    json: () => res.json({ q }),\n  })\n}",
    "import escapeHtml from 'escape-html'\nimport type { Request, Response } from 'express'\nexport function search(req: Request, res: Response) {\n  const q = String(req.query.q ?? '')\n  res.format({\n    html: () => res.send(`<p>Searching for: ${escapeHtml(q)}</p>`),\n  })\n}",
  ],
  invalid: [
    { code: "const params = new URLSearchParams(window.location.search)\nexport function suggestions(list: HTMLUListElement) {\n  const words = (params.get('suggest') ?? '').split(',')\n  list.setHTMLUnsafe(words.map((w) => `<li>${w}</li>`).join(''))\n}", findings: [{ line: 4 }] },
    { code: "import type { Request, Response } from 'express'\nexport function search(req: Request, res: Response) {\n  const terms = String(req.query.q ?? '').split(/\\s+/)\n  res.format({\n    html: () => res.send(`<p>${terms.map((t) => `<mark>${t}</mark>`).join(' ')}</p>`),\n    json: () => res.json({ terms }),\n  })\n}", findings: [{ line: 5 }] },
    { code: "app.get('/search', (req, res) => {\n  res.format({\n    'text/html'() {\n      res.send('<p>Searching for: ' + req.query.q + '</p>')\n    },\n  })\n})", findings: [{ line: 4 }] },
  ],
})
