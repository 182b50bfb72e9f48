/**
 * Framework shapes of JS/TS handlers: a `startsWith('/')` guard that still lets `//host` through,
 * needle's method-first call, tRPC resolvers' `input`, the Fetch API's HTML `Response`, Workers AI
 * prompts, an allow-list checked on a URL's origin read into its own variable, and memoised values
 * (`useMemo`, Vue's `computed`) that hold what their callback returns.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const TS = { path: 'src/routes.ts' }

testRule(registered('js/open-redirect'), {
  valid: [
    { ...TS, code: "app.get('/login', (req, res) => {\n  const next = String(req.query.next ?? '/')\n  if (!next.startsWith('/') || next.startsWith('//')) return res.redirect('/')\n  res.redirect(next)\n})" },
    { ...TS, code: "app.get('/back', (req, res) => {\n  const to = String(req.query.to ?? '')\n  const safe = to.startsWith('/') && to[1] !== '/' && to[1] !== '\\\\' ? to : '/'\n  res.redirect(safe)\n})" },
    { ...TS, code: "app.get('/docs', (req, res) => {\n  const page = String(req.query.page ?? '')\n  if (!page.startsWith('/docs/')) return res.redirect('/docs')\n  res.redirect(page)\n})" },
  ],
  invalid: [
    { ...TS, code: "app.get('/login', (req, res) => {\n  const next = String(req.query.next ?? '/')\n  if (!next.startsWith('/')) return res.redirect('/')\n  res.redirect(next)\n})", findings: [{ line: 4 }] },
    { ...TS, code: "app.get('/back', (req, res) => {\n  const to = String(req.query.to ?? '')\n  res.redirect(to.startsWith('/') ? to : '/')\n})", findings: [{ line: 3 }] },
  ],
})

testRule(registered('js/ssrf'), {
  valid: [
    { ...TS, code: "import needle from 'needle'\napp.get('/feed', async (req, res) => {\n  const r = await needle('get', 'https://status.example.com/feed.json', { json: true })\n  res.json({ n: Number(req.query.n), body: r.body })\n})" },
    { ...TS, code: "const ALLOWED = new Set(['https://a.example.com'])\napp.post('/import', async (req, res) => {\n  const origin = new URL(req.body.source).origin\n  if (!ALLOWED.has(origin)) return res.status(400).end()\n  res.json(await (await fetch(req.body.source)).json())\n})" },
    { ...TS, code: "const HOSTS = ['a.example.com']\napp.post('/import', async (req, res) => {\n  const { hostname } = new URL(req.body.source)\n  if (!HOSTS.includes(hostname)) return res.status(400).end()\n  res.json(await (await fetch(req.body.source)).json())\n})" },
    { path: 'src/server/routers/docs.ts', code: "export const docs = router({\n  get: publicProcedure.input(z.object({ id: z.string() })).query(async ({ input }) => {\n    const res = await fetch(`https://docs.example.com/api/${encodeURIComponent(input.id)}`)\n    return res.json()\n  }),\n})" },
  ],
  invalid: [
    { ...TS, code: "import needle from 'needle'\napp.get('/feed', async (req, res) => {\n  const r = await needle('get', String(req.query.url), { json: true })\n  res.json(r.body)\n})", findings: [{ line: 3 }] },
    { ...TS, code: "app.post('/import', async (req, res) => {\n  const origin = new URL(req.body.source).origin\n  console.info(origin)\n  res.json(await (await fetch(req.body.source)).json())\n})", findings: [{ line: 4 }] },
    { path: 'src/server/routers/docs.ts', code: "export const docs = router({\n  get: publicProcedure.input(z.object({ url: z.string().url() })).query(async ({ input }) => {\n    const res = await fetch(input.url)\n    return res.text()\n  }),\n})", findings: [{ line: 3 }] },
  ],
})

const NEXT = { path: 'app/api/preview/route.ts' }

testRule(registered('js/xss-sink'), {
  valid: [
    { ...NEXT, code: "export async function GET(req: NextRequest) {\n  const q = req.nextUrl.searchParams.get('q') ?? ''\n  return new Response(JSON.stringify({ q }), { headers: { 'content-type': 'application/json' } })\n}" },
    { ...NEXT, code: "import escapeHtml from 'escape-html'\nexport async function GET(req: NextRequest) {\n  const q = req.nextUrl.searchParams.get('q') ?? ''\n  return new Response(`<p>${escapeHtml(q)}</p>`, { headers: { 'Content-Type': 'text/html' } })\n}" },
    { path: 'src/Note.tsx', code: "import DOMPurify from 'dompurify'\nexport function Note({ md }: { md: string }) {\n  const params = new URLSearchParams(window.location.search)\n  const html = useMemo(() => DOMPurify.sanitize(params.get('note') ?? ''), [params])\n  return <div dangerouslySetInnerHTML={{ __html: html }} />\n}" },
  ],
  invalid: [
    { ...NEXT, code: "export async function GET(req: NextRequest) {\n  const q = req.nextUrl.searchParams.get('q') ?? ''\n  return new Response(`<p>No results for ${q}</p>`, { headers: { 'content-type': 'text/html; charset=utf-8' } })\n}", findings: [{ line: 3 }] },
    { path: 'src/Note.tsx', code: "export function Note() {\n  const params = new URLSearchParams(window.location.search)\n  const html = useMemo(() => params.get('note') ?? '', [params])\n  return <div dangerouslySetInnerHTML={{ __html: html }} />\n}", findings: [{ line: 4 }] },
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
