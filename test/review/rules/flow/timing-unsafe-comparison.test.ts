// Secrets checked with `==`/`===` against what the client sent (webhook signatures the code computes, API keys and
// tokens from configuration or storage), each with the look-alikes real code writes: constant-time compares, library
// password checks, ids, roles and event types, constants, null/typeof/length tests, digests of the presented value,
// two request values, SQLAlchemy column expressions.
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const JS = { path: 'src/routes/hooks.js' }
const TS = { path: 'src/admin.ts' }
const PY = { path: 'app/views.py' }
const EXPRESS = "const crypto = require('crypto')\nconst router = require('express').Router()\n\n"
const WORKER = { path: 'src/worker.ts' }
const HMAC_HEX = "async function hmacHex(secret: string, body: string): Promise<string> {\n  const enc = new TextEncoder()\n  const key = await crypto.subtle.importKey('raw', enc.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])\n  const mac = await crypto.subtle.sign('HMAC', key, enc.encode(body))\n  return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('')\n}\n\n"
const FLASK = 'import hashlib\nimport hmac\nimport os\n\nfrom flask import abort, request\n\n'

testRule(registered('js/timing-unsafe-comparison'), {
  valid: [
    // A helper out of view whose name says nothing of a key.
    { ...WORKER, code: `import { sha256Hex } from './crypto'\nexport async function check(request: Request, etag: string) {\n  const expected = \`W/\${await sha256Hex(etag)}\`\n  return request.headers.get('if-none-match') !== expected\n}` },
    // A helper that hashes without a key makes no secret: comparing its digest of the presented value is an ordinary lookup.
    { ...WORKER, code: `async function sha256Hex(body: string): Promise<string> {\n  const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body))\n  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, '0')).join('')\n}\n\nexport async function check(request: Request, etag: string) {\n  const given = request.headers.get('if-none-match') ?? ''\n  const expected = \`W/\${await sha256Hex(etag)}\`\n  return given !== expected\n}` },
    // a country's, a language's or a coupon's code is not a secret
    { ...JS, code: `${EXPRESS}router.get('/c', (req, res) => {\n  const country = COUNTRIES.find((c) => c.code === req.query.country)\n  const lang = LANGS.filter((l) => l.code === req.headers['accept-language'])\n  res.json({ country, lang })\n})` },
    // a product's (or a currency's, a promotion's) code checked against the code the client typed in looks the thing up
    { ...JS, code: `${EXPRESS}router.get('/p/:id', async (req, res) => {\n  const product = await Product.findByPk(req.params.id)\n  if (product.code !== req.query.code) return res.sendStatus(404)\n  const promo = PROMOS.find((p) => p.code === req.body.promoCode)\n  res.json({ product, promo })\n})` },
    // constant-time compare
    { ...JS, code: `${EXPRESS}router.post('/gh', (req, res) => {\n  const expected = Buffer.from('sha256=' + crypto.createHmac('sha256', process.env.GH_SECRET).update(req.body).digest('hex'))\n  const given = Buffer.from(req.get('x-hub-signature-256') || '')\n  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return res.sendStatus(401)\n  res.sendStatus(204)\n})` },
    // no secret: ids, roles, event types, constants, null and typeof checks
    { ...JS, code: `${EXPRESS}router.post('/x/:id', (req, res) => {\n  if (req.user.id !== req.params.id) return res.sendStatus(403)\n  if (req.body.type === 'invoice.paid') res.sendStatus(200)\n  const token = req.get('x-token')\n  if (token === undefined || typeof token !== 'string') return res.sendStatus(401)\n  res.end()\n})` },
    // a library password check, and two values both from the request
    { ...JS, code: `${EXPRESS}router.post('/pw', async (req, res) => {\n  if (!(await bcrypt.compare(req.body.password, req.user.passwordHash))) return res.sendStatus(401)\n  if (req.body.password !== req.body.passwordConfirmation) return res.sendStatus(400)\n  res.end()\n})` },
    // the digest of the presented key against the stored digest: the timing speaks of a hash the client cannot steer
    { ...JS, code: `${EXPRESS}router.use(async (req, res, next) => {\n  const key = await ApiKey.findByPrefix(String(req.get('x-api-key')).slice(0, 8))\n  if (key.secretHash !== crypto.createHash('sha256').update(req.get('x-api-key')).digest('hex')) return res.sendStatus(401)\n  next()\n})` },
    // a setting named for a lookup key (a sort key, a cache key) holds no credential
    { ...JS, code: `${EXPRESS}router.get('/list', (req, res) => {\n  const sortKey = process.env.DEFAULT_SORT_KEY\n  const cacheKey = config.get('feed.cacheKey')\n  if (req.query.sort !== sortKey || req.get('x-cache') === cacheKey) return res.json([])\n  res.end()\n})` },
    // a client keeping its own token state
    { path: 'src/lib/socket.js', code: "export function setToken(next) {\n  if (next === currentToken) return\n  currentToken = next\n  reconnect()\n}" },
  ],
  invalid: [
    // The same with the helper out of view (imported, or outside the hunk): its name says it makes an HMAC.
    { ...WORKER, code: `import { hmacHex } from './crypto'\nexport async function verify(request: Request, env: Env) {\n  const body = await request.text()\n  const expected = \`sha256=\${await hmacHex(env.WEBHOOK_SECRET, body)}\`\n  if (request.headers.get('x-hub-signature-256') !== expected) return new Response('bad signature', { status: 401 })\n  return new Response(null, { status: 204 })\n}`, findings: [{ line: 5 }] },
    // The MAC made by a helper of the file (WebCrypto's subtle.sign, hex-encoded) and formatted under a prefix.
    { ...WORKER, code: `${HMAC_HEX}export async function verify(request: Request, env: Env) {\n  const body = await request.text()\n  const expected = \`sha256=\${await hmacHex(env.WEBHOOK_SECRET, body)}\`\n  const given = request.headers.get('x-hub-signature-256') ?? ''\n  if (given !== expected) return new Response('bad signature', { status: 401 })\n  return new Response(null, { status: 204 })\n}`, findings: [{ line: 12 }] },
    // a record's code checked against the code the client typed in
    { ...JS, code: `${EXPRESS}router.post('/confirm', async (req, res) => {\n  const change = await EmailChange.findOne({ where: { userId: req.user.id } })\n  if (change.code !== req.body.code) return res.status(400).end()\n  res.end()\n})`, findings: [{ line: 6 }] },
    { ...JS, code: `${EXPRESS}router.post('/gh', (req, res) => {\n  const expected = 'sha256=' + crypto.createHmac('sha256', process.env.GH_SECRET).update(req.body).digest('hex')\n  if (req.get('x-hub-signature-256') !== expected) return res.sendStatus(401)\n  res.sendStatus(204)\n})`, findings: [{ line: 6, message: /signature the code computes/ }] },
    { ...JS, code: `${EXPRESS}function requireKey(req, res, next) {\n  if (req.get('x-api-key') !== process.env.INTERNAL_API_KEY) return res.sendStatus(401)\n  next()\n}`, findings: [{ line: 5, message: /INTERNAL_API_KEY/ }] },
    { ...JS, code: `${EXPRESS}router.post('/reset', async (req, res) => {\n  const user = await User.findById(String(req.body.uid))\n  if (user.resetToken === req.body.token) res.json({ ok: true })\n})`, findings: [{ line: 6, message: /resetToken/ }] },
    // Buffer equality
    { ...JS, code: `${EXPRESS}router.post('/p', (req, res) => {\n  const mac = crypto.createHmac('sha256', partner.secret).update(req.originalUrl).digest()\n  if (!mac.equals(Buffer.from(req.get('x-signature'), 'hex'))) return res.sendStatus(401)\n  res.end()\n})`, findings: [{ line: 6, message: /\.equals\(\)/ }] },
    // a key the deployment configures, read into a local first
    { ...TS, code: "@Controller('orders')\nexport class OrdersController {\n  constructor(private readonly config: ConfigService) {}\n  @Post('sync')\n  sync(@Headers('x-sync-key') key: string) {\n    const expected = this.config.getOrThrow<string>('ORDERS_SYNC_KEY')\n    if (key !== expected) throw new UnauthorizedException()\n    return { ok: true }\n  }\n}", findings: [{ line: 7, message: /ORDERS_SYNC_KEY/ }] },
    { ...TS, code: "import { Hono } from 'hono'\nconst app = new Hono<{ Bindings: { CRON_SECRET: string } }>()\napp.post('/cron', (c) => {\n  if (c.req.query('secret') !== c.env.CRON_SECRET) return c.text('no', 403)\n  return c.text('ok')\n})", findings: [{ line: 4 }] },
  ],
})

testRule(registered('python/timing-unsafe-comparison'), {
  valid: [
    // a token taken apart in a helper, its MAC checked in constant time; its prefix checked against a constant
    { ...PY, code: 'import hashlib\nimport hmac\n\ndef verify(token, key):\n    body, _, mac = token.rpartition(".")\n    expected = hmac.new(key, body.encode(), hashlib.sha256).hexdigest()\n    return hmac.compare_digest(mac, expected)' },
    { ...PY, code: 'PREFIX = "tok"\n\ndef kind(token):\n    prefix, _, rest = token.partition("_")\n    return prefix == PREFIX' },
    { ...PY, code: `${FLASK}@app.get("/c")\ndef c():\n    country = next(c for c in COUNTRIES if c.code == request.args.get("country"))\n    return {"name": country.name}` },
    { ...PY, code: `${FLASK}@app.get("/p/<int:pid>")\ndef p(pid):\n    product = Product.query.get_or_404(pid)\n    if product.code != request.args.get("code"):\n        abort(404)\n    return product.name` },
    `${FLASK}@app.post("/hook")\ndef hook():\n    digest = hmac.new(os.environ["SECRET"].encode(), request.get_data(), hashlib.sha256).hexdigest()\n    if not hmac.compare_digest(request.headers.get("X-Signature", ""), digest):\n        abort(401)\n    return "", 204`,
    // ids, roles, constants, None
    `${FLASK}@app.post("/p/<pid>")\ndef p(pid):\n    if request.headers.get("X-Token") is None or request.json["type"] == "ping":\n        abort(400)\n    if current_user.role != "admin" or pid != current_user.project_id:\n        abort(403)\n    return ""`,
    // a SQLAlchemy column expression, a library password check
    `${FLASK}@app.get("/items")\ndef items():\n    rows = session.query(Item).filter(Item.code == request.args["code"]).all()\n    if not check_password_hash(current_user.password_hash, request.form["password"]):\n        abort(401)\n    return rows`,
    // the digest of the presented token against the stored digest
    // a content digest (an ETag) is no secret
    `${FLASK}@app.get("/catalog")\ndef catalog():\n    digest = hashlib.sha256(CATALOG_BYTES).hexdigest()\n    if request.headers.get("If-None-Match") == digest:\n        return "", 304\n    return CATALOG_BYTES`,
    // a cache entry's key is no secret
    `${FLASK}@app.get("/c")\ndef c():\n    entry = CACHE.lookup(request.args["key"])\n    if entry.key != request.args["key"]:\n        abort(404)\n    return entry.value`,
    `${FLASK}@app.post("/k")\ndef k():\n    if account.token_hash != hashlib.sha256(request.headers["X-Key"].encode()).hexdigest():\n        abort(401)\n    return ""`,
  ],
  invalid: [
    // the signature split off a token the helper is given: pieces of the caller's text, not constants made of the separator
    { ...PY, code: 'import hashlib\nimport hmac\n\ndef verify(token, key):\n    body, _, mac = token.rpartition(".")\n    expected = hmac.new(key, body.encode(), hashlib.sha256).hexdigest()\n    return mac == expected', findings: [{ line: 7 }] },
    { ...PY, code: `${FLASK}@app.post("/hook")\ndef hook():\n    digest = hmac.new(os.environ["SECRET"].encode(), request.get_data(), hashlib.sha256).hexdigest()\n    if request.headers.get("X-Signature") != f"sha256={digest}":\n        abort(401)\n    return "", 204`, findings: [{ line: 10, message: /signature the code computes/ }] },
    { ...PY, code: `${FLASK}@app.post("/deploy")\ndef deploy():\n    if request.args.get("token") != os.environ["DEPLOY_TOKEN"]:\n        abort(403)\n    return ""`, findings: [{ line: 9, message: /DEPLOY_TOKEN/ }] },
    { ...PY, code: 'import os\nfrom typing import Annotated\nfrom fastapi import Header, HTTPException\n\nAPI_TOKEN = os.environ["API_TOKEN"]\n\ndef require_token(x_token: Annotated[str, Header()]) -> None:\n    if x_token != API_TOKEN:\n        raise HTTPException(401)', findings: [{ line: 8, message: /API_TOKEN/ }] },
    { ...PY, code: `${FLASK}@app.post("/ingest")\ndef ingest():\n    expected = os.environ["METRICS_INGEST_KEY"]\n    if request.headers.get("X-Ingest-Key") != expected:\n        abort(401)\n    return ""`, findings: [{ line: 10, message: /METRICS_INGEST_KEY/ }] },
    // a generic field named by its owner
    { ...PY, code: `${FLASK}@app.post("/key")\ndef key():\n    api_key = ApiKey.objects.filter(prefix=request.headers["Authorization"][:8]).first()\n    if api_key.key != request.headers.get("Authorization"):\n        abort(401)\n    return ""`, findings: [{ line: 10, message: /api_key\.key/ }] },
    { ...PY, code: `${FLASK}@app.post("/confirm")\ndef confirm():\n    change = EmailChange.query.filter_by(user_id=current_user.id).first()\n    if change.code == request.form.get("code"):\n        return "ok"\n    abort(400)`, findings: [{ line: 10 }] },
  ],
})
