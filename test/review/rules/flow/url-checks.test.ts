/**
 * URL checks that do not pin the host (CWE-20) are no guard for a redirect or a server-side fetch:
 * a substring test, a prefix with nothing ending the host, a suffix with no leading dot, and a
 * hostname regex with an unescaped `.`, no anchor or nothing ending the host. The finding at the
 * sink says why the check falls short. Checks that pin the host stay quiet.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const PY = { path: 'app/views.py' }
const TS = { path: 'src/routes/auth.ts' }

testRule(registered('python/open-redirect'), {
  valid: [
    { ...PY, code: '@app.get("/a")\ndef a():\n    nxt = request.args.get("next", "")\n    if nxt.startswith("https://shop.example.com/"):\n        return redirect(nxt)\n    return redirect("/")' },
    { ...PY, code: '@app.get("/b")\ndef b():\n    nxt = request.args.get("next", "")\n    host = urlparse(nxt).hostname or ""\n    if host != "example.com" and not host.endswith(".example.com"):\n        abort(400)\n    return redirect(nxt)' },
    { ...PY, code: '@app.get("/c")\ndef c():\n    nxt = request.args.get("next", "")\n    if re.match(r"^https://(shop|help)\\.example\\.com/", nxt):\n        return redirect(nxt)\n    return redirect("/")' },
    { ...PY, code: 'def is_allowed_host(url):\n    host = urlparse(url).hostname or ""\n    return host in HOSTS\n\n@app.get("/e")\ndef e():\n    nxt = request.args.get("next", "/")\n    if is_allowed_host(nxt):\n        return redirect(nxt)\n    return redirect("/")' },
  ],
  invalid: [
    { ...PY, code: '@app.get("/a")\ndef a():\n    nxt = request.args.get("next", "")\n    if nxt.startswith("https://shop.example.com"):\n        return redirect(nxt)\n    return redirect("/")', findings: [{ line: 5, message: /does not pin the host: nothing ends the host/ }] },
    { ...PY, code: '@app.get("/b")\ndef b():\n    nxt = request.args.get("next", "")\n    host = urlparse(nxt).hostname or ""\n    if not host.endswith("example.com"):\n        abort(400)\n    return redirect(nxt)', findings: [{ line: 7, message: /evilexample\.com/ }] },
    { ...PY, code: '@app.get("/c")\ndef c():\n    nxt = request.args.get("next", "")\n    if re.match(r"https?://(www|shop).example.com", nxt):\n        return redirect(nxt)\n    return redirect("/")', findings: [{ line: 5, message: /not escaped/ }] },
    { ...PY, code: '@app.get("/d")\ndef d():\n    nxt = request.args.get("next", "/")\n    if "app.example.com" not in nxt:\n        nxt = "/"\n    return redirect(nxt)', findings: [{ line: 6, message: /may appear anywhere in the URL/ }] },
    // a helper of the module trusted by its name: its body decides
    { ...PY, code: 'def is_safe_return_url(url):\n    return url.startswith("https://portal.example.com")\n\n@app.get("/e")\ndef e():\n    nxt = request.args.get("next", "/")\n    if is_safe_return_url(nxt):\n        return redirect(nxt)\n    return redirect("/")', findings: [{ line: 8, message: /is_safe_return_url\(\)` only checks/ }] },
  ],
})

testRule(registered('js/open-redirect'), {
  valid: [
    { ...TS, code: "app.get('/a', (req, res) => {\n  const to = String(req.query.to || '')\n  if (to.startsWith('https://app.example.com/')) return res.redirect(to)\n  res.redirect('/')\n})" },
    { ...TS, code: "app.get('/b', (req, res) => {\n  const back = String(req.query.back || '')\n  if (/^https:\\/\\/(app|admin)\\.example\\.com(\\/|$)/.test(back)) return res.redirect(back)\n  res.redirect('/')\n})" },
    // the origin read inside a `try` (URL parsing throws) and checked against an allow-list afterwards
    { ...TS, code: "const TRUSTED = ['https://app.example.com']\napp.get('/c', (req, res) => {\n  const back = String(req.query.back || '/')\n  let origin\n  try {\n    origin = new URL(back).origin\n  } catch {\n    return res.redirect('/')\n  }\n  if (TRUSTED.includes(origin)) return res.redirect(back)\n  res.redirect('/')\n})" },
    // Auth.js's redirect callback: given the url and the site's baseUrl, it answers where to go (the check, not the redirect)
    { ...TS, code: "app.post('/signin/email', async (req, res) => {\n  const target = await callbacks.redirect({ url: String(req.body.callbackUrl), baseUrl: origin })\n  await sendLink(req.body.email, target)\n  res.json({ ok: true })\n})" },
    { ...TS, code: "app.post('/signin/email', async (req, res) => {\n  const url = String(req.body.callbackUrl)\n  const baseUrl = config.url.origin\n  res.json({ redirect: await options.callbacks.redirect({ url, baseUrl }) })\n})" },
  ],
  invalid: [
    // a framework's redirect takes the location itself, as a string or in an object without a baseUrl
    { ...TS, code: "app.get('/f', (req, res) => {\n  res.redirect({ url: String(req.query.next) })\n})", findings: [{ line: 2 }] },
    { ...TS, code: "app.get('/a', (req, res) => {\n  const to = String(req.query.to || '')\n  if (to.startsWith('https://app.example.com')) return res.redirect(to)\n  res.redirect('/')\n})", findings: [{ line: 3, message: /nothing ends the host/ }] },
    { ...TS, code: "app.get('/b', (req, res) => {\n  const back = String(req.query.back || '')\n  if (/^https?:\\/\\/(app|admin).example.com/.test(back)) return res.redirect(back)\n  res.redirect('/')\n})", findings: [{ line: 3, message: /not escaped/ }] },
    { ...TS, code: "app.get('/c', (req, res) => {\n  const back = String(req.query.back || '')\n  if (/^https:\\/\\/help\\.example\\.com/.test(back)) return res.redirect(back)\n  res.redirect('/')\n})", findings: [{ line: 3, message: /nothing in it ends the host/ }] },
    { ...TS, code: "app.get('/d', (req, res) => {\n  const next = String(req.query.next || '/')\n  if (next.includes('example.com')) return res.redirect(next)\n  res.redirect('/')\n})", findings: [{ line: 3, message: /may appear anywhere/ }] },
    { ...TS, code: "const isSafeRedirect = (url) => url.startsWith('https://app.example.com')\napp.get('/e', (req, res) => {\n  const next = String(req.query.next || '/')\n  if (isSafeRedirect(next)) return res.redirect(next)\n  res.redirect('/')\n})", findings: [{ line: 4, message: /isSafeRedirect\(\)` only checks/ }] },
  ],
})

testRule(registered('python/ssrf'), {
  valid: [
    // a helper named for neither safety nor validity whose every return compares the parsed host
    { ...PY, code: 'def is_company_domain(url):\n    host = urlparse(url).hostname or ""\n    return host == "example.com" or host.endswith(".example.com")\n\n@app.get("/p")\ndef p():\n    url = request.args.get("url", "")\n    if not is_company_domain(url):\n        abort(400)\n    return requests.get(url, timeout=5).status_code' },
  ],
  invalid: [
    { ...PY, code: 'def is_company_domain(url):\n    return "example.com" in url\n\n@app.get("/p")\ndef p():\n    url = request.args.get("url", "")\n    if not is_company_domain(url):\n        abort(400)\n    return requests.get(url, timeout=5).status_code', findings: [{ line: 9 }] },
  ],
})

testRule(registered('js/ssrf'), {
  valid: [
    { ...TS, code: "const SUFFIX = '.hooks.example.com'\napp.post('/t', async (req, res) => {\n  const url = new URL(String(req.body.endpoint))\n  if (url.protocol !== 'https:' || !url.hostname.endsWith(SUFFIX)) return res.status(400).end()\n  res.json((await fetch(url)).status)\n})" },
  ],
  invalid: [
    { ...TS, code: "app.get('/p', async (req, res) => {\n  const page = String(req.query.page || '')\n  if (!/docs\\.example\\.com/.test(page)) return res.status(400).end()\n  res.send(await (await fetch(page)).text())\n})", findings: [{ line: 4, message: /not anchored/ }] },
  ],
})

// A helper of the file that checks the host against an allow-list and hands back the URL, or nothing: what a call of
// it returns keeps that check, called directly or from a `.map()` over the body's items; a helper that only parses stays open.
testRule(registered('js/ssrf'), {
  valid: [
    { ...TS, code: "const HOSTS = new Set(['github.com'])\nfunction allowed(raw: string): string | null {\n  const url = new URL(raw)\n  return url.protocol === 'https:' && HOSTS.has(url.hostname) ? url.toString() : null\n}\napp.post('/p', async (req, res) => {\n  const target = allowed(String(req.body.url))\n  if (target) await fetch(target)\n  res.end()\n})" },
    { ...TS, code: "const HOSTS = new Set(['github.com'])\nfunction allowed(raw: string): string | null {\n  const url = new URL(raw)\n  if (!HOSTS.has(url.hostname)) return null\n  return url.toString()\n}\napp.post('/p', async (req, res) => {\n  const urls = (req.body.urls as string[]).map((u) => allowed(String(u))).filter((u): u is string => u !== null)\n  await Promise.all(urls.map((u) => fetch(u)))\n  res.end()\n})" },
  ],
  invalid: [
    { ...TS, code: "function normalised(raw: string): string {\n  const url = new URL(raw)\n  return url.toString()\n}\napp.post('/p', async (req, res) => {\n  await fetch(normalised(String(req.body.url)))\n  res.end()\n})", findings: [{ line: 6 }] },
    { ...TS, code: "const HOSTS = new Set(['github.com'])\nfunction pick(raw: string): string {\n  const url = new URL(raw)\n  return HOSTS.has(url.hostname) ? url.toString() : raw\n}\napp.post('/p', async (req, res) => {\n  await fetch(pick(String(req.body.url)))\n  res.end()\n})", findings: [{ line: 7 }] },
  ],
})
