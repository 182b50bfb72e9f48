import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

// A pattern that pins only the scheme (`/^https?:\/\//`) lets any host through: it vouches for no
// destination. A pattern that names the host does.

testRule(registered('js/ssrf'), {
  valid: [
    "app.get('/a', async (req, res) => {\n  const url = String(req.query.url)\n  if (/^https:\\/\\/api\\.partner\\.com\\//.test(url)) res.json((await axios.get(url)).data)\n})",
    "app.get('/c', async (req, res) => {\n  const host = String(req.query.host)\n  if (!/^(?:www\\.)?example\\.com$/.test(host)) return res.status(400).end()\n  res.json((await axios.get('https://' + host)).data)\n})",
  ],
  invalid: [
    { code: "app.get('/c', async (req, res) => {\n  const url = req.query.url as string\n  if (!/^https?:\\/\\//.test(url)) return res.status(400).end()\n  const r = await axios.get(url)\n  res.json(r.data)\n})", path: 'src/a.ts', findings: [{ line: 4 }] },
    // a host written as a class of characters is any host
    { code: "app.get('/b', async (req, res) => {\n  const url = String(req.query.url)\n  if (!/^https?:\\/\\/[\\w.-]+(\\/[\\w./-]*)?$/.test(url)) return res.status(400).end()\n  const r = await axios.get(url)\n  res.json(r.data)\n})", findings: [{ line: 4 }] },
  ],
})

testRule(registered('js/open-redirect'), {
  valid: ["app.get('/f', (req, res) => {\n  const next = String(req.query.next)\n  res.redirect(/^https:\\/\\/app\\.example\\.com\\//.test(next) ? next : '/')\n})"],
  invalid: [{ code: "app.get('/e', (req, res) => {\n  const next = String(req.query.next)\n  res.redirect(/^https?:\\/\\//.test(next) ? next : '/')\n})", findings: [{ line: 3 }] }],
})

// A filter built first and passed by name is read from the literal it was bound to.
testRule(registered('js/nosql-injection'), {
  valid: ["router.get('/o', async (req, res) => {\n  const filter = { customerId: res.locals.userId, status: String(req.query.status ?? 'open') }\n  res.json(await Order.find(filter).lean())\n})"],
  invalid: [{ code: "router.get('/o', async (req, res) => {\n  const filter = { customerId: res.locals.userId, status: req.query.status }\n  res.json(await Order.find(filter).lean())\n})", findings: [{ line: 3 }] }],
})

// A path from the site root resolved against the request's own URL stays on this site, whatever its query holds.
testRule(registered('js/open-redirect'), {
  valid: ["import { NextResponse } from 'next/server'\nexport function middleware(req) {\n  const back = req.nextUrl.searchParams.get('from') ?? '/'\n  return NextResponse.redirect(new URL(`/login?from=${encodeURIComponent(back)}`, req.url))\n}"],
  invalid: [{ code: "import { NextResponse } from 'next/server'\nexport function middleware(req) {\n  const target = req.nextUrl.searchParams.get('continue')\n  return NextResponse.redirect(new URL(target, req.url))\n}", findings: [{ line: 4 }] }],
})

// A formatted default says nothing of the client's value it stands in for.
testRule(registered('js/open-redirect'), {
  valid: [
    "router.get('/t', (req, res) => {\n  res.redirect(`/projects/${encodeURIComponent(req.params.id)}/${req.query.tab === 'files' ? 'files' : 'board'}`)\n})",
    // a local path the code checked, resolved against the request's own URL
    "import { NextResponse } from 'next/server'\nexport async function POST(req) {\n  const back = String((await req.formData()).get('back') ?? '')\n  const dest = back.startsWith('/') && !back.startsWith('//') ? back : '/'\n  return NextResponse.redirect(new URL(dest, req.url))\n}",
  ],
  invalid: [
    { code: "router.post('/done', (req, res) => {\n  const next = req.body.next || `/workspace/${req.user.workspaceId}`\n  res.redirect(next)\n})", findings: [{ line: 3 }] },
    { code: "router.get('/open', (req, res) => {\n  res.redirect(req.query.returnTo ?? `/projects/${req.params.id}/board`)\n})", findings: [{ line: 2 }] },
  ],
})
