import { permissiveCors } from '../../../../src/review/rules/crypto/permissive-cors'
import { testRule } from '../../rule-tester'

testRule(permissiveCors, {
  valid: [
    // Reflection allowed only when the server runs in development.
    "if (process.env.NODE_ENV !== 'production') {\n  app.use('/dev', cors({ origin: true, credentials: true }))\n}\n",
    { code: 'if settings.DEBUG:\n    app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True)\n', path: 'app/main.py' },
    { code: '@app.after_request\ndef add_cors(response):\n    origin = request.headers.get("Origin")\n    if origin in app.config["ALLOWED_ORIGINS"]:\n        response.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin")\n        response.headers["Access-Control-Allow-Credentials"] = "true"\n    return response\n', path: 'app/hooks.py' },
    // Raw headers: the credentials flag of another middleware says nothing about this one's responses.
    "app.use('/api', (req, res, next) => {\n  if (ALLOWED.includes(req.headers.origin)) {\n    res.setHeader('Access-Control-Allow-Origin', req.headers.origin)\n    res.setHeader('Access-Control-Allow-Credentials', 'true')\n  }\n  next()\n})\napp.use('/open', (req, res, next) => {\n  res.header('Access-Control-Allow-Origin', '*')\n  next()\n})\n",
    // A one-line `if` that echoes the Origin only when an allow-list holds it.
    { code: "http.createServer((req, res) => {\n  if (ORIGINS.has(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin)\n  res.setHeader('Access-Control-Allow-Credentials', 'true')\n})\n", path: 'server.js' },
    // Patterns anchored at the end admit only the hosts they name; an unanchored one without credentials reads nothing private.
    "app.use(cors({ origin: /^https:\\/\\/([a-z0-9-]+\\.)?example\\.com$/, credentials: true }))\n",
    "app.use(cors({ origin: [/\\.example\\.com$/, 'https://partner.io'], credentials: true }))\n",
    "app.use('/widgets', cors({ origin: /example\\.com/ }))\n",
    // aiohttp-cors for a named origin, and a wildcard header entry whose list allows no credentials.
    { code: 'cors = aiohttp_cors.setup(app, defaults={\n    "https://shop.example.com": aiohttp_cors.ResourceOptions(allow_credentials=True),\n})\n', path: 'app/server.py' },
    { code: "headers: [\n  { key: 'Access-Control-Allow-Origin', value: '*' },\n  { key: 'Access-Control-Allow-Methods', value: 'GET' },\n],\n", path: 'next.config.js' },
    { code: "const headers = [\n  { source: '/api/:path*', headers: [{ key: 'Access-Control-Allow-Credentials', value: 'true' }, { key: 'Access-Control-Allow-Origin', value: 'https://app.example.com' }] },\n  { source: '/embed/:path*', headers: [{ key: 'Access-Control-Allow-Origin', value: '*' }] },\n]\n", path: 'next.config.js' },
    // django-cors-headers' allow-all in development settings, and an allow-list.
    { code: 'CORS_ALLOW_ALL_ORIGINS = True\n', path: 'shop/settings/local.py' },
    { code: 'class DevelopmentConfig(Base):\n    CORS_ORIGIN_ALLOW_ALL = True\n', path: 'shop/config.py' },
    { code: 'CORS_ALLOW_ALL_ORIGINS = DEBUG\nCORS_ALLOWED_ORIGINS = ["https://shop.example.com"]\n', path: 'shop/settings/production.py' },
    "app.use(cors({ origin: ['https://app.example.com'], credentials: true }))\n",
    // Any origin without credentials is how public APIs work.
    "app.use('/public', cors({ origin: '*' }))\n",
    "app.use(cors({ origin: '*' }))\napp.use('/api', cors({ origin: allowList, credentials: true }))\n",
    { code: 'app.add_middleware(\n    CORSMiddleware,\n    allow_origins=["*"],\n    allow_methods=["GET"],\n)\n', path: 'main.py' },
    { code: 'app.add_middleware(CORSMiddleware, allow_origins=settings.CORS_ORIGINS, allow_credentials=True)\n', path: 'main.py' },
    { code: 'CORS(app, origins=["https://app.example.com"], supports_credentials=True)\n', path: 'app.py' },
    // Subdomains of one site only.
    { code: 'app.add_middleware(CORSMiddleware, allow_origin_regex=r"https://.*\\.example\\.com", allow_credentials=True)\n', path: 'main.py' },
    "res.setHeader('Access-Control-Allow-Origin', '*')\nres.setHeader('Cache-Control', 'public, max-age=60')\n",
    { code: 'app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True)\n', path: 'tests/test_cors.py' },
    { code: 'CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://\\w+\\.example\\.com$"]\nCORS_ALLOW_CREDENTIALS = True\n', path: 'mysite/settings.py' },
    "// cors({ origin: true, credentials: true }) would reflect every origin\nconst x = 1\n",
    // A library's defaults object; credentials are set by a separate statement further down.
    "const opts = {\n  ...{\n    origin: '*',\n    allowMethods: ['GET'],\n  },\n  ...options,\n}\nif (opts.credentials) set('Access-Control-Allow-Credentials', 'true')\n",
  ],
  invalid: [
    { code: "if (process.env.NODE_ENV === 'production') {\n  app.use(cors({ origin: true, credentials: true }))\n}\n", findings: [{ line: 2 }] },
    // An unanchored pattern with credentials: `example.com.attacker.net` matches too.
    { code: "app.use(cors({ origin: /example\\.com/, credentials: true }))\n", path: 'src/server.ts', findings: [{ line: 1, suggestion: /Anchor the pattern/ }] },
    { code: 'cors = aiohttp_cors.setup(app, defaults={\n    "*": aiohttp_cors.ResourceOptions(allow_credentials=True, expose_headers="*", allow_headers="*"),\n})\n', path: 'app/server.py', findings: [{ line: 2 }] },
    { code: "headers: [\n  { key: 'Access-Control-Allow-Credentials', value: 'true' },\n  { key: 'Access-Control-Allow-Origin', value: '*' },\n],\n", path: 'next.config.js', findings: [{ line: 3, suggestion: /allow-list/ }] },
    { code: '{\n  "headers": [\n    { "key": "Access-Control-Allow-Origin", "value": "*" },\n    { "key": "Access-Control-Allow-Credentials", "value": "true" }\n  ]\n}\n', path: 'vercel.json', findings: [{ line: 3 }] },
    // The allow-all switch on its own: credentials may be enabled in the base module it extends.
    { code: 'from .base import *\n\nCORS_ORIGIN_ALLOW_ALL = True\n', path: 'shop/settings/staging.py', findings: [{ line: 3, message: /every website/, suggestion: /CORS_ALLOWED_ORIGINS/ }] },
    { code: 'app.add_middleware(\n    CORSMiddleware,\n    allow_origin_regex=r"https://.*",\n    allow_credentials=True,\n)\n', path: 'main.py', findings: [{ line: 3 }] },
    { code: 'CORS_ALLOWED_ORIGIN_REGEXES = [r"^.*$"]\nCORS_ALLOW_CREDENTIALS = True\n', path: 'mysite/settings.py', findings: [{ line: 1 }] },
    {
      code: 'app.add_middleware(\n    CORSMiddleware,\n    allow_origins=["*"],\n    allow_credentials=True,\n)\n',
      path: 'main.py',
      findings: [
        {
          line: 3,
          severity: 'major',
          message: '`allow_origins=["*"]` combined with credentials lets any website make authenticated requests as your users and read the responses.',
          suggestion: /allow_origins=\["https:\/\/app\.example\.com"\]/,
        },
      ],
    },
    { code: 'app.use(cors({ origin: true, credentials: true }))\n', findings: [{ line: 1, message: /`origin: true`/, suggestion: /origin: \['https:\/\/app\.example\.com'\]/ }] },
    { code: "app.use('*', cors({\n  origin: (origin) => origin,\n  credentials: true,\n}))\n", findings: [{ line: 2, message: /`origin: \(origin\) => origin`/ }] },
    { code: 'CORS_ALLOW_ALL_ORIGINS = True\nCORS_ALLOW_CREDENTIALS = True\n', path: 'mysite/settings.py', findings: [{ line: 1, suggestion: /CORS_ALLOWED_ORIGINS/ }] },
    { code: 'CORS(app, supports_credentials=True)\n', path: 'app.py', findings: [{ line: 1, message: /`CORS\(app, supports_credentials=True\)`/ }] },
    {
      code: "res.setHeader('Access-Control-Allow-Origin', req.headers.origin)\nres.setHeader('Access-Control-Allow-Credentials', 'true')\n",
      path: 'server.js',
      findings: [{ line: 1, suggestion: /allow-list/ }],
    },
    // A negated test guards nothing: the header is echoed for every origin outside the list.
    {
      code: "http.createServer((req, res) => {\n  if (!BLOCKED.has(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin)\n  res.setHeader('Access-Control-Allow-Credentials', 'true')\n})\n",
      path: 'server.js',
      findings: [{ line: 2 }],
    },
    { code: 'router.Use(cors.New(cors.Config{\n\tAllowAllOrigins:  true,\n\tAllowCredentials: true,\n}))\n', path: 'main.go', findings: [{ line: 2 }] },
    // Credentials turned on next to an existing wildcard.
    {
      code: '',
      diff: 'diff --git a/main.py b/main.py\n--- a/main.py\n+++ b/main.py\n@@ -1,4 +1,5 @@\n app.add_middleware(\n     CORSMiddleware,\n     allow_origins=["*"],\n+    allow_credentials=True,\n )\n',
      findings: [{ line: 4, message: /`allow_origins=\["\*"\]`/ }],
    },
  ],
})
