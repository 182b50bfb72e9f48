/** Metadata of the syntax rules: sources, sinks and sanitizers for the docs and `GET /api/rules`. */
import type { RuleMeta } from '../../types'

type FlowDocs = NonNullable<RuleMeta['flow']>

const PY_REQUEST = 'Flask/Django/Starlette/aiohttp/Tornado request data (`request.args`, `.form`, `.json`, `.GET`, `.POST`, `.cookies`, `.headers`, `get_json()`, `self.get_argument()`), Flask `<route>` and FastAPI path/query parameters, Django view URL parameters'
const JS_REQUEST = 'Express/Koa/Fastify/Hono/Next.js request data (`req.query`, `.params`, `.body`, `.headers`, `.cookies`, `req.get()`, `await request.json()`, `c.req.query()`, a handler\'s destructured `{ params }`), NestJS `@Body()`/`@Query()`/`@Param()`/`@Headers()`/`@Req()` parameters, Lambda `event` fields'
const DOM = 'the browser URL and messages (`location.hash`/`.search`/`.href`, `document.URL`, `document.referrer`, `window.name`, `useSearchParams()`, Vue Router `useRoute()`/`this.$route`/`router.currentRoute.value` `query`/`params`/`hash`, `message` event `.data`)'
const PROPAGATION = 'values flow through assignments, destructuring, f-strings/template literals, `+`, `%`, `.format()`, `.join()`, containers and calls that return their arguments'

/** Flow documentation for line rules the syntax analysis now answers. */
export const FLOW_DOCS: Record<string, FlowDocs> = {
  'python/sql-injection': {
    sources: [PY_REQUEST, 'any non-constant value formatted into SQL text', PROPAGATION],
    sinks: ['DB-API `cursor.execute`/`executemany`/`executescript`, SQLAlchemy `text()`, `Session.execute`, `order_by`/`filter`/`where` with SQL strings, Django `.raw()`, `.extra(where=/select=/tables=/order_by=)` fragments, `RawSQL`, pandas `read_sql`'],
    sanitizers: ['bound parameters', 'constants (module ALL_CAPS names, literals)', '`int()`/`float()`/`len()`/`uuid.UUID()`', 'psycopg `sql.Identifier`/`sql.Literal`', 'identifier quoting by doubling quotes', 'a regex/allow-list check in an `if`'],
  },
  'python/shell-injection': {
    sources: [PY_REQUEST, 'any non-constant value formatted into a shell command', PROPAGATION],
    sinks: ['`os.system`, `os.popen`, `subprocess.*(..., shell=True)`, `subprocess.getoutput`, `asyncio.create_subprocess_shell`; the program name of `subprocess.run/Popen` without a shell'],
    sanitizers: ['`shlex.quote`', 'argument lists without `shell=True`', 'numbers', 'a regex/allow-list check in an `if`'],
  },
  'python/code-eval': {
    sources: [PY_REQUEST, 'any non-constant value', PROPAGATION],
    sinks: ['`eval`, `exec` (builtins, also through aliases)', '`render_template_string`/`jinja2.Template` compiled from request data or formatted text (server-side template injection)'],
    sanitizers: ['constants (`eval(CONST)` is quiet)', '`ast.literal_eval`/`json.loads` instead'],
  },
  'python/unsafe-deserialization': {
    sources: ['any non-constant data; request data raises the severity'],
    sinks: ['`pickle`/`cPickle`/`dill`/`marshal`/`jsonpickle` loads, `yaml.load`/`load_all` with no loader or `Loader`/`UnsafeLoader`/`FullLoader`/`CLoader` (also through `import yaml as y`), `yaml.unsafe_load`/`full_load`, `shelve.open` at a path from the request or formatted under a fixed directory, `pandas.read_pickle`/`torch.load`/`numpy.load(allow_pickle=True)` on request data'],
    sanitizers: ['`yaml.safe_load`, `Loader=SafeLoader`/`CSafeLoader`', 'JSON', 'fixed shelf paths'],
  },
  'crypto/jwt-verify-disabled': {
    sources: ['any token'],
    sinks: ['PyJWT/python-jose `jwt.decode` with `options={"verify_signature": False}` (inline or in an options dict built in the function), `verify=False`, or an `algorithms` list holding `none`; `"verify_exp": False` (expired tokens accepted); python-jose `jwt.get_unverified_claims` in a function that never verifies the token'],
    sanitizers: ['a key and a pinned algorithm list', 'results named `unverified…` and verified later (reading a header to choose the key)'],
  },
  'python/path-traversal': {
    sources: [PY_REQUEST, 'upload file names', PROPAGATION + ' (including `os.path.join`/`Path /`)'],
    sinks: ['`open`, `io.open`, `os.remove`/`unlink`/`listdir`, `shutil.*`, `send_file`, `FileResponse`, `Path(...).read_text()`/`.write_*()`/`.unlink()`, `tarfile.open`, `zipfile.ZipFile`'],
    sanitizers: ['`secure_filename`, `os.path.basename`, `safe_join`, `send_from_directory`', 'a `startswith`/`is_relative_to`/allow-list check in an `if`'],
  },
  'python/unsafe-markup': {
    sources: [PY_REQUEST, 'formatted strings with non-constant parts'],
    sinks: ['`Markup(...)`, `mark_safe(...)`'],
    sanitizers: ['`escape()`, `Markup(...).format()`, `format_html()`'],
  },
  'js/sql-injection': {
    sources: [JS_REQUEST, 'any non-constant value formatted into SQL text', PROPAGATION],
    sinks: ['`query`/`execute` on mysql/pg/sqlite clients and pools, `sequelize.query`, `knex.raw`/`whereRaw`/`orderByRaw`, `prisma.$queryRawUnsafe`/`$executeRawUnsafe`, TypeORM `query` and query-builder `where`/`orderBy` with SQL strings'],
    sanitizers: ['bound parameters and tagged templates (`sql`…``, `prisma.$queryRaw`…``)', 'constants', '`Number()`/`parseInt()`', '`mysql.escape`/`escapeId`, `pg-format`'],
  },
  'js/shell-injection': {
    sources: [JS_REQUEST, 'any non-constant value formatted into a command', PROPAGATION],
    sinks: ['`child_process.exec`/`execSync` (also destructured and renamed: `const { exec: run } = require("child_process")`), `spawn`/`execFile` with `shell: true` or a request-chosen program, `execa.command`, `shelljs.exec`'],
    sanitizers: ['argument arrays without a shell', '`shell-quote` `quote()`', 'numbers', 'an allow-list check'],
  },
  'js/code-eval': {
    sources: [JS_REQUEST, DOM, 'any non-constant value'],
    sinks: ['`eval`, `new Function`, string `setTimeout`/`setInterval`, `vm.runIn*Context`/`vm.Script`'],
    sanitizers: ['constants', '`JSON.parse` instead'],
  },
  'js/path-traversal': {
    sources: [JS_REQUEST, PROPAGATION + ' (including `path.join`/`path.resolve`)'],
    sinks: ['`fs.*` and `fs/promises` file operations, `res.sendFile` without `root`, `res.download`'],
    sanitizers: ['`path.basename`', 'a `startsWith` containment or allow-list check in an `if`', '`sendFile(name, { root })`'],
  },
  'js/xss-sink': {
    sources: [JS_REQUEST, DOM, 'formatted HTML with non-constant parts', PROPAGATION],
    sinks: ['`innerHTML`/`outerHTML`, `document.write`, `insertAdjacentHTML`, jQuery `.html()`/`.append()`…, React `dangerouslySetInnerHTML`, Angular `bypassSecurityTrust*`, Express `res.send`/`res.write`/`res.end`, Koa `ctx.body`, Hono `c.html`'],
    sanitizers: ['`DOMPurify.sanitize`, `sanitize-html`, `escape-html`, `he.encode`, `encodeURIComponent`', '`textContent`', 'numbers'],
  },
  'crypto/weak-password-hash': {
    sources: ['MD5/SHA-1 digests (`hashlib.md5`, `hashlib.new("sha1")`, `Crypto.Hash.MD5`, `crypto.createHash("md5")`), also through variables and aliases'],
    sinks: ['a password-named variable, attribute, dict key or keyword argument (`user.password = digest`, `User(password=digest)`), `.update(password)` on a weak hasher', 'a token, API key or secret hashed with MD5/SHA-1 (`sha1(token.encode())`, `.update(apiKey)`), a token or signature made by one (`inviteToken = createHash("sha1")…`)'],
    sanitizers: ['bcrypt, scrypt, Argon2, PBKDF2'],
  },
  'crypto/insecure-random': {
    sources: ['`random.*` (Python), `Math.random()` (JS), also through `str()`, joins and formatting'],
    sinks: ['variables, attributes and functions named like tokens, secrets, passwords, salts, nonces, OTPs, session or reset codes; cookies (`set_cookie`, `res.cookie`)'],
    sanitizers: ['`secrets`, `crypto.randomBytes`, `crypto.randomUUID`, `crypto.getRandomValues`'],
  },
  'crypto/weak-cipher': {
    sources: ['cipher constructors resolved through imports and aliases (`from Crypto.Cipher import DES as D`)'],
    sinks: ['PyCryptodome `DES`/`DES3`/`ARC4`/`ARC2`/`Blowfish`/`CAST`/`XOR` `.new()`, block ciphers with a `MODE_ECB` argument, `cryptography` `algorithms.TripleDES`/`Blowfish`/`ARC4`/`CAST5`/`IDEA`/`SEED`; other languages by line'],
    sanitizers: ['AES-GCM, ChaCha20-Poly1305, `AESGCM`'],
  },
  'crypto/insecure-cookie': {
    sources: [],
    sinks: ['session and auth cookies (by name, or by a token/session value) set without `httpOnly`: Express `res.cookie`, Fastify `reply.setCookie`, Hono `setCookie(c, …)`, Next.js `cookies().set`, a raw `Set-Cookie` header without `HttpOnly`, Flask/Django/Starlette `set_cookie` without `httponly=True`; flags written as `false` and session settings by line'],
    sanitizers: ['`httpOnly: true` / `httponly=True`', 'CSRF cookies (read by scripts on purpose)', 'deleting a cookie (empty value, `maxAge: 0`)', 'options built elsewhere or spread in (`{ ...cookieOptions }`, `**opts`)', 'Koa `ctx.cookies.set` (HttpOnly by default)'],
  },
  'crypto/permissive-cors': {
    sources: [JS_REQUEST, PY_REQUEST, PROPAGATION],
    sinks: ['an `Access-Control-Allow-Origin` header set from request data (`res.set`/`setHeader`/`header`, `c.header`, `response.headers[...] =`) in a function that also allows credentials', 'flask-cors `CORS(..., resources={...: {"origins": "*"}}, supports_credentials=True)`', 'any-origin options (`origin: true`, `allow_origins=["*"]`) with credentials, by line'],
    sanitizers: ['an allow-list check (`ALLOWED.has(origin)`) before the header', 'a constant `*` without credentials (vetoes the line rule there)'],
  },
  'crypto/debug-mode': {
    sources: [],
    sinks: ['`app.run(..., debug=True)` however the other arguments are written, `app.debug = True`, Werkzeug `run_simple(use_debugger=True)`; settings files and deploy config by line'],
    sanitizers: ['a value read from the environment', 'files named for development (`dev_*.py`, `local*.py`) and tests'],
  },
}

function meta(m: Omit<RuleMeta, 'tier'> & { tier?: RuleMeta['tier'] }): RuleMeta {
  return { tier: 'core', ...m }
}

/** Rules that exist only as syntax rules. */
export const NEW_RULES: RuleMeta[] = [
  meta({
    id: 'python/open-redirect', title: 'Redirect to a URL from the request', severity: 'major', category: 'security', pack: 'injection', languages: ['python'],
    description: 'Redirecting to a URL the client chose lets a link to your site forward users to a look-alike phishing page (CWE-601). Redirect to relative paths on your own site, or check the host against an allow-list.',
    examples: { bad: 'from flask import redirect, request\n\n@app.get("/login")\ndef login():\n    return redirect(request.args["next"])\n', good: 'from flask import redirect, request, url_for\n\n@app.get("/login")\ndef login():\n    return redirect(url_for("home"))\n' },
    flow: { sources: [PY_REQUEST, PROPAGATION], sinks: ['`redirect()` (Flask, Django), `HttpResponseRedirect`, `RedirectResponse`, a `Location` header'], sanitizers: ['`url_has_allowed_host_and_scheme`/`is_safe_url` or an allow-list check in an `if`', 'a fixed host or leading `/path` before the value', '`url_for`'] },
  }),
  meta({
    id: 'js/open-redirect', title: 'Redirect to a URL from the request', severity: 'major', category: 'security', pack: 'injection', languages: ['javascript', 'typescript'],
    description: 'Redirecting to a URL the client chose (server `res.redirect`, or `location.href` from the URL fragment in the browser) lets a link to your site forward users to a phishing page (CWE-601).',
    examples: { bad: 'app.get("/go", (req, res) => {\n  res.redirect(req.query.u)\n})\n', good: 'app.get("/go", (req, res) => {\n  res.redirect(`/articles/${encodeURIComponent(req.query.id)}`)\n})\n' },
    flow: { sources: [JS_REQUEST, DOM, PROPAGATION], sinks: ['`res.redirect`, `ctx.redirect`, `reply.redirect`, `NextResponse.redirect`, `Location` headers, `location.href =`, `location.assign/replace`, `window.open`'], sanitizers: ['an origin or allow-list check in an `if`', 'a fixed host or leading `/path` before the value'] },
  }),
  meta({
    id: 'python/ssrf', title: 'Server-side request to a URL from the request', severity: 'major', category: 'security', pack: 'injection', languages: ['python'],
    description: 'Fetching a URL the client chose lets them point your server at internal services: cloud metadata endpoints, admin ports, databases on the private network (CWE-918).',
    examples: { bad: 'import requests\n\n@app.post("/preview")\ndef preview():\n    return requests.get(request.json["url"], timeout=5).text\n', good: 'import requests\n\n@app.get("/weather")\ndef weather():\n    return requests.get(f"https://api.weather.example/v1/{request.args[\'city\']}", timeout=5).text\n' },
    flow: { sources: [PY_REQUEST, PROPAGATION], sinks: ['`requests.*`, `httpx.*`, `urllib.request.urlopen`, sessions and clients of those'], sanitizers: ['a fixed scheme and host before the value', 'a host allow-list check in an `if`'] },
  }),
  meta({
    id: 'js/ssrf', title: 'Server-side request to a URL from the request', severity: 'major', category: 'security', pack: 'injection', languages: ['javascript', 'typescript'],
    description: 'Fetching a URL the client chose lets them point your server at internal services (CWE-918).',
    examples: { bad: 'app.get("/proxy", async (req, res) => {\n  const r = await fetch(req.query.url)\n  res.send(await r.text())\n})\n', good: 'app.get("/user", async (req, res) => {\n  const r = await fetch(`https://api.example.com/users/${encodeURIComponent(req.query.id)}`)\n  res.json(await r.json())\n})\n' },
    flow: { sources: [JS_REQUEST, PROPAGATION], sinks: ['`fetch`, `axios`, `got`, `ky`, `http(s).get/request`, `undici`, `superagent`, `needle`', 'client instances and injected services (`api.post(url)` from `axios.create()`, NestJS `this.http.get(url)`) when the argument reads as a URL'], sanitizers: ['a fixed scheme and host before the value', 'a host allow-list check in an `if`'] },
  }),
  meta({
    id: 'python/xss', title: 'HTML built from request data', severity: 'major', category: 'security', pack: 'injection', languages: ['python'],
    description: 'A handler that returns HTML assembled from request data without escaping lets a `<script>` in a link run in the visitor\'s browser (reflected XSS, CWE-79).',
    examples: { bad: '@app.get("/search")\ndef search():\n    q = request.args.get("q", "")\n    return f"<h1>Results for {q}</h1>"\n', good: '@app.get("/search")\ndef search():\n    q = request.args.get("q", "")\n    return render_template("search.html", q=q)\n' },
    flow: { sources: [PY_REQUEST, PROPAGATION], sinks: ['HTML strings returned from route handlers or passed to `make_response`/`Response`/`HttpResponse`/`HTMLResponse`'], sanitizers: ['`markupsafe.escape`, `html.escape`, `bleach.clean`', 'templates with autoescaping'] },
  }),
  meta({
    id: 'python/jinja2-autoescape-off', title: 'Jinja2 environment without autoescaping', severity: 'major', category: 'security', pack: 'injection', languages: ['python'],
    description: '`jinja2.Environment` does not escape HTML unless told to, so every `{{ value }}` rendered from it is an XSS hole (CWE-79). Flask turns autoescaping on for its own environment; one made by hand needs `autoescape=select_autoescape()`.',
    examples: { bad: 'env = jinja2.Environment(loader=FileSystemLoader("templates"))\n', good: 'env = jinja2.Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html"]))\n' },
    flow: { sources: [], sinks: ['`jinja2.Environment(...)` (also aliased) without `autoescape`, or with `autoescape=False`'], sanitizers: ['`autoescape=True` or `select_autoescape(...)`'] },
  }),
  meta({
    id: 'python/insecure-temp-file', title: 'Temporary file name that another process can claim', severity: 'major', category: 'security', pack: 'injection', languages: ['python'],
    description: '`tempfile.mktemp()` only returns a name; between choosing it and opening it another process can create the file or a symlink there and read or redirect your writes (CWE-377).',
    examples: { bad: 'path = tempfile.mktemp(suffix=".csv")\nwith open(path, "w") as f:\n    f.write(data)\n', good: 'with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as f:\n    f.write(data)\n' },
    flow: { sources: ['`tempfile.gettempdir()`, `/tmp/…` paths, through `os.path.join` and formatting'], sinks: ['`tempfile.mktemp`, `os.tempnam`, `os.tmpnam` (also imported by name)', '`open(path, "w"/"a")` on a predictable path in the shared temp directory'], sanitizers: ['`NamedTemporaryFile`, `mkstemp`, `TemporaryDirectory`/`mkdtemp`', 'a name from `uuid4()`/`secrets`', 'exclusive mode `"x"`'] },
  }),
  meta({
    id: 'js/insecure-temp-file', title: 'Predictable file name in the shared temp directory', severity: 'major', category: 'security', pack: 'injection', languages: ['javascript', 'typescript'],
    description: 'Writing `/tmp/<fixed or guessable name>` (or `path.join(os.tmpdir(), name)`) lets another local user create that file, or a symlink to one of yours, before you do: they read the data or redirect the write (CWE-377).',
    examples: { bad: "const file = path.join(os.tmpdir(), `export-${userId}.csv`)\nfs.writeFileSync(file, csv)\n", good: "const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-'))\nfs.writeFileSync(path.join(dir, 'export.csv'), csv, { mode: 0o600 })\n" },
    flow: { sources: ['`os.tmpdir()` and `/tmp/…` strings, through `path.join` and formatting'], sinks: ['`fs.writeFile*`, `fs.appendFile*`, `fs.createWriteStream`, `fs.open*` for writing'], sanitizers: ['a directory from `fs.mkdtemp*`', 'a name from `crypto.randomUUID()`/`randomBytes`/`uuid`/`nanoid`', '`flag: "wx"`'] },
  }),
  meta({
    id: 'crypto/hardcoded-signing-key', title: 'Tokens or sessions signed with a key written in the code', severity: 'critical', category: 'security', pack: 'crypto', languages: ['python', 'javascript', 'typescript'],
    description: 'A JWT, HMAC or session signing key that is a literal in the source lets anyone with the code (or a leaked copy) forge tokens and sessions (CWE-798/321). Read it from the environment or a secret store.',
    examples: { bad: 'token = jwt.encode({"sub": user.id}, "super-secret-key", algorithm="HS256")\n', good: 'token = jwt.encode({"sub": user.id}, os.environ["JWT_SECRET"], algorithm="HS256")\n' },
    flow: { sources: ['string literals and constants (also through variables)'], sinks: ['`jwt.encode`/`decode` keys, `hmac.new` keys, itsdangerous serializers, `app.secret_key`, `app.config["SECRET_KEY"]`; `jsonwebtoken.sign`/`verify`, `crypto.createHmac`, `express-session`/`cookie-session` secrets, `cookie-parser`, jose `SignJWT.sign`, Hono `sign`/`verify`/`jwt({ secret })`, `express-jwt`, `koa-jwt`, NestJS `JwtModule.register`, passport-jwt `secretOrKey`'], sanitizers: ['keys read from the environment or a secret store'] },
  }),
  meta({
    id: 'python/finally-control-flow', title: '`return`/`break`/`continue` inside `finally`', severity: 'major', category: 'bug', pack: 'bugs', languages: ['python'],
    description: 'A `return`, `break` or `continue` in a `finally` block discards the exception in flight (and any earlier return value): errors in the `try` body disappear silently.',
    examples: { bad: 'def load(path):\n    try:\n        return parse(path)\n    finally:\n        return None\n', good: 'def load(path):\n    try:\n        return parse(path)\n    finally:\n        cleanup()\n' },
  }),
  meta({
    id: 'js/finally-control-flow', title: '`return`/`break`/`continue` inside `finally`', severity: 'major', category: 'bug', pack: 'bugs', languages: ['javascript', 'typescript'],
    description: 'A `return`, `break` or `continue` in a `finally` block discards the exception in flight and overrides earlier returns (ESLint `no-unsafe-finally`).',
    examples: { bad: 'function load() {\n  try {\n    return parse()\n  } finally {\n    return null\n  }\n}\n', good: 'function load() {\n  try {\n    return parse()\n  } finally {\n    cleanup()\n  }\n}\n' },
  }),
  meta({
    id: 'python/mutate-while-iterating', title: 'Collection changed while a loop iterates it', severity: 'major', category: 'bug', pack: 'bugs', languages: ['python'],
    description: 'Removing from or adding to a list inside `for x in that_list` skips or repeats elements; for dicts and sets it raises `RuntimeError`. Iterate over a copy or build a new collection.',
    examples: { bad: 'for user in users:\n    if user.inactive:\n        users.remove(user)\n', good: 'users = [u for u in users if not u.inactive]\n' },
  }),
  meta({
    id: 'js/mutate-while-iterating', title: 'Array changed while a loop iterates it', severity: 'major', category: 'bug', pack: 'bugs', languages: ['javascript', 'typescript'],
    description: 'Splicing or pushing into an array inside `for (const x of thatArray)` skips or repeats elements (or never ends).',
    examples: { bad: 'for (const item of items) {\n  if (item.done) items.splice(items.indexOf(item), 1)\n}\n', good: 'items = items.filter((item) => !item.done)\n' },
  }),
  meta({
    id: 'python/write-to-readonly-file', title: 'Write to a file opened for reading', severity: 'major', category: 'bug', pack: 'bugs', languages: ['python'],
    description: '`open(path)` opens for reading; calling `.write()` on it raises `io.UnsupportedOperation` at run time.',
    examples: { bad: 'with open(path) as f:\n    f.write(report)\n', good: 'with open(path, "w") as f:\n    f.write(report)\n' },
  }),
  meta({
    id: 'python/cleartext-http', title: 'API called over plain HTTP', severity: 'major', category: 'security', pack: 'crypto', languages: ['python'],
    description: 'An `http://` endpoint sends requests, tokens and responses across the network unencrypted, where anyone on the path can read or change them (CWE-319). Loopback, private and `.local`/`.internal` hosts, XML namespaces and schema ids are not reported.',
    examples: { bad: 'ERP_BASE = "http://erp.acme-corp.com/api/v1"\nrequests.post("http://billing.acme-corp.com/invoices", json=invoice, timeout=10)\n', good: 'ERP_BASE = "https://erp.acme-corp.com/api/v1"\nrequests.post("http://localhost:9091/metrics", data=body, timeout=5)\n' },
    flow: { sources: ['`http://` string literals'], sinks: ['the URL of `requests.*`, `httpx.*`, `urllib.request.urlopen`/`Request`, `aiohttp.request`; `base_url=` of `httpx.Client`/`AsyncClient`, `aiohttp.ClientSession`; constants named like endpoints (`*_URL`, `*_BASE`, `*_API`, `*_ENDPOINT`, `*_HOST`)'], sanitizers: ['`https://`', 'loopback, private-range, single-label and `.local`/`.internal`/`.test` hosts', 'namespace and schema URIs (`w3.org`, `json-schema.org`, `…/schema#`)'] },
  }),
  meta({
    id: 'js/cleartext-http', title: 'API called over plain HTTP', severity: 'major', category: 'security', pack: 'crypto', languages: ['javascript', 'typescript'],
    description: 'An `http://` endpoint sends requests, tokens and responses across the network unencrypted (CWE-319). Loopback, private and `.local`/`.internal` hosts, XML namespaces and schema ids are not reported.',
    examples: { bad: "const api = axios.create({ baseURL: 'http://inventory.acme-corp.com/api/v2' })\nawait fetch('http://collector.vendor.com/v1/events', { method: 'POST', body })\n", good: "const api = axios.create({ baseURL: process.env.INVENTORY_URL })\nexport const SVG_NS = 'http://www.w3.org/2000/svg'\n" },
    flow: { sources: ['`http://` string literals'], sinks: ['the URL of `fetch`, `axios.*`, `got`, `superagent`, `needle`, `http.get/request`, `undici`, `ky`; `baseURL`/`prefixUrl` of `axios.create`/`got.extend`/`ky.create`; `new …Client("http://…")`; constants named like endpoints'], sanitizers: ['`https://`', 'loopback, private-range, single-label and `.local`/`.internal`/`.test` hosts', 'namespace and schema URIs'] },
  }),
  meta({
    id: 'python/xxe', title: 'XML parser that expands external entities', severity: 'critical', category: 'security', pack: 'injection', languages: ['python'],
    description: 'An XML parser that resolves external entities lets a document read local files (`<!ENTITY x SYSTEM "file:///etc/passwd">`) or make the server fetch internal URLs (XXE, CWE-611).',
    examples: { bad: 'parser = etree.XMLParser(resolve_entities=True, load_dtd=True)\ntree = etree.parse(upload, parser)\n', good: 'parser = etree.XMLParser(resolve_entities=False, no_network=True)\ntree = etree.parse(upload, parser)\n' },
    flow: { sources: [], sinks: ['lxml `etree.XMLParser(resolve_entities=True)` (also aliased)', 'SAX `setFeature(feature_external_ges|feature_external_pes, True)`'], sanitizers: ['`resolve_entities=False`', '`defusedxml`'] },
  }),
  meta({
    id: 'js/xxe', title: 'XML parser that expands external entities', severity: 'critical', category: 'security', pack: 'injection', languages: ['javascript', 'typescript'],
    description: '`libxmljs` with `noent: true` substitutes external entities, so an uploaded document can read server files or reach internal hosts (XXE, CWE-611).',
    examples: { bad: "const doc = libxmljs.parseXml(req.body.toString(), { noent: true })\n", good: "const doc = libxmljs.parseXml(req.body.toString(), { noent: false, nonet: true })\n" },
    flow: { sources: [], sinks: ['`libxmljs`/`libxmljs2` `parseXml`/`parseXmlString`/`parseXmlAsync` with `noent: true`'], sanitizers: ['`noent` left off or `false`'] },
  }),
  meta({
    id: 'python/template-injection', title: 'Template compiled from request data', severity: 'critical', category: 'security', pack: 'injection', languages: ['python'],
    description: 'Compiling request data as a Jinja2 template lets `{{ }}` in it run on the server (server-side template injection, CWE-1336). `render_template_string` and `Template(...)` are reported by `python/code-eval`.',
    examples: { bad: '@app.post("/preview")\ndef preview():\n    return jinja2.Environment().from_string(request.form["body"]).render()\n', good: '@app.post("/preview")\ndef preview():\n    return env.get_template("preview.html").render(body=request.form["body"])\n' },
    flow: { sources: [PY_REQUEST, 'text formatted from non-constant parts', PROPAGATION], sinks: ['`Environment.from_string` (an environment from jinja2, or named `env`/`jinja_env`)'], sanitizers: ['constant template source', '`SandboxedEnvironment`'] },
  }),
  meta({
    id: 'js/template-injection', title: 'Template compiled from request data', severity: 'critical', category: 'security', pack: 'injection', languages: ['javascript', 'typescript'],
    description: 'Compiling request data as a template (EJS, Pug, Handlebars, Nunjucks, lodash) runs the template language, and through it JavaScript, on the server (server-side template injection, CWE-1336).',
    examples: { bad: "app.post('/preview', (req, res) => {\n  res.send(ejs.render(req.body.template, { user: req.user }))\n})\n", good: "app.post('/preview', (req, res) => {\n  res.render('preview', { body: req.body.text })\n})\n" },
    flow: { sources: [JS_REQUEST, 'text formatted from non-constant parts', PROPAGATION], sinks: ['`ejs.render`/`compile`, `pug.compile`/`render`, `Handlebars.compile`, `nunjucks.renderString`/`compile`, `_.template`, `doT.template`, `eta`, `swig`, `hogan`'], sanitizers: ['constant template source', 'a template file rendered with data'] },
  }),
  meta({
    id: 'js/debug-mode', title: 'Stack traces sent to clients', severity: 'major', category: 'security', pack: 'crypto', languages: ['javascript', 'typescript'],
    description: 'Development error output in a server that ships (Apollo `includeStacktraceInErrorResponses: true`, the `errorhandler` middleware mounted for every environment) hands file paths, library versions and internals to anyone who triggers an error (CWE-209/489).',
    examples: { bad: "const server = new ApolloServer({ typeDefs, resolvers, includeStacktraceInErrorResponses: true })\napp.use(errorhandler())\n", good: "const server = new ApolloServer({ typeDefs, resolvers })\nif (process.env.NODE_ENV === 'development') app.use(errorhandler())\n" },
    flow: { sources: [], sinks: ['`new ApolloServer({ includeStacktraceInErrorResponses: true })` or `debug: true`', '`app.use(errorhandler())` with `errorhandler` from the `errorhandler` package'], sanitizers: ['an `if` on `NODE_ENV`/a development flag around the call', 'files named for development, scripts and examples'] },
  }),
  meta({
    id: 'python/prompt-injection', title: 'Request data in an LLM\'s system prompt', severity: 'major', category: 'security', pack: 'injection', languages: ['python'],
    description: 'Writing what the client sent into the system prompt (or letting it pick a message\'s role) lets them replace the instructions the model follows: leak the prompt, drop its guard rails, or steer tool calls (prompt injection, OWASP LLM01). Pass user text as a `user` message instead.',
    examples: { bad: '@app.post("/ask")\ndef ask():\n    persona = request.json["persona"]\n    return client.chat.completions.create(model="gpt-4o-mini", messages=[\n        {"role": "system", "content": f"You are {persona}. Answer questions about Acme."},\n        {"role": "user", "content": request.json["question"]},\n    ])\n', good: '@app.post("/ask")\ndef ask():\n    return client.chat.completions.create(model="gpt-4o-mini", messages=[\n        {"role": "system", "content": SYSTEM_PROMPT},\n        {"role": "user", "content": request.json["question"]},\n    ])\n' },
    flow: { sources: [PY_REQUEST, PROPAGATION], sinks: ['the `system`/`developer` message of OpenAI/Mistral/LiteLLM `chat.completions.create(messages=…)`, a message `role` from the request, Anthropic `messages.create(system=…)`, OpenAI `responses.create(instructions=…)`, LangChain `SystemMessage`, `("system", …)` in `ChatPromptTemplate.from_messages`'], sanitizers: ['request data in a `user` message', 'constant instructions'] },
  }),
  meta({
    id: 'js/prompt-injection', title: 'Request data in an LLM\'s system prompt', severity: 'major', category: 'security', pack: 'injection', languages: ['javascript', 'typescript'],
    description: 'Writing what the client sent into the system prompt (or letting it pick a message\'s role) lets them replace the instructions the model follows: leak the prompt, drop its guard rails, or steer tool calls (prompt injection, OWASP LLM01). Pass user text as a `user` message instead.',
    examples: { bad: "app.post('/ask', async (req, res) => {\n  const out = await openai.chat.completions.create({\n    model: 'gpt-4o-mini',\n    messages: [\n      { role: 'system', content: `You are ${req.body.persona}.` },\n      { role: 'user', content: req.body.question },\n    ],\n  })\n  res.json(out)\n})\n", good: "app.post('/ask', async (req, res) => {\n  const out = await openai.chat.completions.create({\n    model: 'gpt-4o-mini',\n    messages: [\n      { role: 'system', content: SYSTEM_PROMPT },\n      { role: 'user', content: req.body.question },\n    ],\n  })\n  res.json(out)\n})\n" },
    flow: { sources: [JS_REQUEST, PROPAGATION], sinks: ['the `system`/`developer` message of OpenAI `chat.completions.create({ messages })`, a message `role` from the request, Anthropic `messages.create({ system })`, OpenAI `responses.create({ instructions })`, Vercel AI SDK `generateText`/`streamText({ system })`, LangChain `SystemMessage`, `["system", …]` in `ChatPromptTemplate.fromMessages`'], sanitizers: ['request data in a `user` message', 'constant instructions'] },
  }),
  meta({
    id: 'js/unsafe-deserialization', title: 'Deserializer that rebuilds functions', severity: 'critical', category: 'security', pack: 'injection', languages: ['javascript', 'typescript'],
    description: 'Serializers that round-trip functions and class instances (`funcster`, `serialize-to-js`, `v8.deserialize`, js-yaml with the full schema) run code embedded in the payload while it loads (CWE-502). `node-serialize` is reported by `injection/unsafe-deserialization`.',
    examples: { bad: "const job = funcster.deepDeserialize(JSON.parse(message.body))\nconst state = v8.deserialize(Buffer.from(req.body.snapshot, 'base64'))\n", good: "const job = JobSchema.parse(JSON.parse(message.body))\nconst settings = yaml.load(req.body.settings)\n" },
    flow: { sources: [JS_REQUEST + ' (for `v8.deserialize`)', 'any non-constant data'], sinks: ['`funcster.deserialize`/`deepDeserialize`, `serialize-to-js` `deserialize`, `v8.deserialize` on request data, js-yaml `load` with `DEFAULT_FULL_SCHEMA`/an unsafe schema'], sanitizers: ['`JSON.parse` plus schema validation', "js-yaml's default schema"] },
  }),
]
