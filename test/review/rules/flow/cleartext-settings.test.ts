/**
 * Cleartext endpoints kept in settings: nested sections of a settings object, options objects
 * handed to a client factory by name, Python constants named for a service and environment
 * defaults; requests described by one options object, URL bases, and gRPC without TLS.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const JS = { path: 'src/config/index.js' }

/** A settings file changed by one added line between unchanged ones, as `git diff -U3` shows it. */
function settingsDiff(path: string, before: string[], added: string[], after: string[]): string {
  const lines = [...before.map((l) => ` ${l}`), ...added.map((l) => `+${l}`), ...after.map((l) => ` ${l}`)]
  return [`diff --git a/${path} b/${path}`, `--- a/${path}`, `+++ b/${path}`, `@@ -1,${before.length + after.length} +1,${lines.length} @@`, ...lines, ''].join('\n')
}
const SERVICES = ['module.exports = [', "  { name: 'erp', baseUrl: 'http://erp.partner-one.com/api' },", "  { name: 'crm', baseUrl: 'https://crm.partner-two.com/api' },"]

testRule(registered('js/cleartext-http'), {
  valid: [
    // Node's TLS module, a local host, MQTT over TLS, a URL parsed against a local base.
    { path: 'src/clients.ts', code: "import https from 'node:https'\nimport http from 'node:http'\nhttps.request({ host: 'orders.partner.com', path: '/v1' }).end()\nhttp.request({ host: 'localhost', port: 8080, path: '/health' }).end()\n" },
    { path: 'src/telemetry.ts', code: "import mqtt from 'mqtt'\nexport const client = mqtt.connect('mqtts://broker.iot-partner.com:8883')\nexport const local = mqtt.connect('mqtt://localhost:1883')\nconst u = new URL(req.url, 'http://localhost')\n" },
    // An added HTTPS endpoint beside an unchanged cleartext one: the old URL is not this change's.
    { code: '', diff: settingsDiff('config/services.js', SERVICES, ["  { name: 'wms', baseUrl: 'https://wms.partner-three.com/api' },"], ['];']) },
    { ...JS, code: "module.exports = {\n  shipping: { baseUrl: process.env.SHIPPING_API_URL || 'http://localhost:4010' },\n  docs: { homepage: process.env.DOCS_URL || 'http://docs.parcel-partner.com' },\n}\n" },
    { ...JS, code: "module.exports = {\n  shipping: {\n    apiUrl: 'https://api.parcel-partner.com/v2',\n  },\n  devProxy: { target: 'http://localhost:5173' },\n  xmlNamespace: 'http://www.sitemaps.org/schemas/sitemap/0.9',\n}" },
    { ...JS, code: "const settings = { search: { node: 'http://localhost:9200' }, docs: { homepage: 'http://docs.partner.com/guide' } }\nmodule.exports = settings" },
    { ...JS, code: "const axios = require('axios')\nconst settings = { catalogApi: { baseURL: 'https://catalog.example.com/api' } }\nconst catalog = axios.create(settings.catalogApi)" },
    { ...JS, code: "const axios = require('axios')\nasync function ship(order) {\n  return axios({ method: 'post', url: 'https://ship.parcel-partner.com/api', data: order })\n}" },
    { ...JS, code: "const grpc = require('@grpc/grpc-js')\nconst local = new BillingClient('localhost:50051', grpc.credentials.createInsecure())\nconst remote = new BillingClient('billing.partner.com:443', grpc.credentials.createSsl())" },
    { ...JS, code: "function endpoint(path) {\n  return new URL(path, 'https://api.partner-catalog.com')\n}\nconst link = new URL('http://www.w3.org/2000/svg')" },
    // CORS origins and schema ids are not endpoints the server calls; a default read from elsewhere is not written here.
    { ...JS, code: "module.exports = {\n  cors: { origins: ['http://partner-portal.com'] },\n  schemas: { order: 'http://json-schema.org/draft-07/schema#' },\n  telemetry: { collectorUrl: 'http://localhost:4318' },\n}\n" },
    { path: 'src/env.ts', code: "import { z } from 'zod'\nconst EnvSchema = z.object({\n  OTEL_URL: z.string().url().default('http://localhost:4318'),\n  APP_URL: z.string().url().default('https://app.example.com'),\n})\n" },
    // A redirect's destination is where the browser is sent, not a request the server makes; a local rewrite; a local define.
    { path: 'next.config.js', code: "module.exports = {\n  async redirects() {\n    return [{ source: '/old', destination: 'http://legacy.partner-shop.com/new', permanent: true }]\n  },\n  async rewrites() {\n    return [{ source: '/api/:path*', destination: 'http://localhost:4000/:path*' }]\n  },\n}\n" },
    { path: 'webpack.config.js', code: "const webpack = require('webpack')\nmodule.exports = {\n  plugins: [new webpack.DefinePlugin({ 'process.env.API_URL': JSON.stringify('http://localhost:8000') })].filter(Boolean),\n}\n" },
    // Deeper than a settings section: data, not configuration.
    { ...JS, code: "const fixtures = { a: { b: { c: { url: 'http://feeds.partner-news.com/rss' } } }, ns: 'http://www.w3.org/2000/svg' }\nmodule.exports = fixtures" },
  ],
  invalid: [
    { ...JS, code: "export const partnerEndpoints = {\n  erp: 'https://erp.partner-one.com/api',\n  wms: 'http://wms.partner-three.com/api',\n}\n", findings: [{ line: 3 }] },
    // The fallback of an unset variable is the endpoint in production too; a local one is a developer's.
    { ...JS, code: "module.exports = {\n  shipping: {\n    baseUrl: process.env.SHIPPING_API_URL || 'http://api.parcel-partner.com/v3',\n    sandboxUrl: process.env.SANDBOX_URL ?? 'http://localhost:4010',\n  },\n}\n", findings: [{ line: 3 }] },
    { path: 'src/clients.ts', code: "import http from 'node:http'\nhttp.request({ host: 'orders.legacy-partner.com', port: 80, path: '/v1' }).end()\n", findings: [{ line: 2, message: /orders\.legacy-partner\.com/ }] },
    { path: 'src/telemetry.ts', code: "import mqtt from 'mqtt'\nexport const client = mqtt.connect('mqtt://broker.iot-partner.com:1883')\n", findings: [{ line: 2, message: /without TLS/ }] },
    { path: 'src/geo.ts', code: "export async function geo(ip: string) {\n  const url = new URL(`http://geo.ip-partner.com/json/${ip}`)\n  return (await fetch(url)).json()\n}\n", findings: [{ line: 2 }] },
    // The change adds a second cleartext endpoint to a list that already held one: the added one is this change's finding.
    { code: '', diff: settingsDiff('config/services.js', SERVICES, ["  { name: 'wms', baseUrl: 'http://wms.partner-three.com/api' },"], ['];']), findings: [{ line: 4, message: /wms\.partner-three\.com/ }] },
    // A schema's default, and a list of sections.
    { path: 'src/env.ts', code: "import { z } from 'zod'\nexport const Env = z.object({\n  SEARCH_API_URL: z.string().url().default('http://search.vendor-index.com/api'),\n})", findings: [{ line: 3 }] },
    { path: 'src/upstreams.ts', code: "export const upstreams = [\n  { name: 'crm', baseUrl: 'http://crm.partner-suite.net/api' },\n]", findings: [{ line: 2 }] },
    { ...JS, code: "const axios = require('axios')\nasync function ship(order) {\n  return axios({ method: 'post', url: 'http://ship.parcel-partner.com/api', data: order })\n}", findings: [{ line: 3 }] },
    { ...JS, code: "const grpc = require('@grpc/grpc-js')\nconst client = new BillingClient('billing.partner-grpc.com:50051', grpc.credentials.createInsecure())", findings: [{ line: 2, message: /gRPC/ }] },
    { ...JS, code: "function endpoint(path) {\n  return new URL(path, 'http://api.partner-catalog.com')\n}", findings: [{ line: 2 }] },
    { ...JS, code: "const config = {\n  port: 3000,\n  shipping: {\n    apiUrl: 'http://api.parcel-partner.com/v2',\n  },\n  xmlNamespace: 'http://www.sitemaps.org/schemas/sitemap/0.9',\n}\nmodule.exports = config", findings: [{ line: 4, message: /config\.shipping\.apiUrl/ }] },
    { ...JS, code: "const axios = require('axios')\nconst settings = {\n  loyaltyApi: { baseURL: 'http://loyalty.rewards-partner.com/api', timeout: 5000 },\n}\nconst loyalty = axios.create(settings.loyaltyApi)", findings: [{ line: 3, message: /loyalty\.rewards-partner\.com/ }] },
    // Next.js rewrites proxy to their destination; DefinePlugin compiles the URL into the bundle.
    { path: 'next.config.js', code: "const nextConfig = {\n  async rewrites() {\n    return [\n      { source: '/api/reviews/:path*', destination: 'http://api.reviews-partner.com/v1/:path*' },\n    ]\n  },\n}\nmodule.exports = nextConfig\n", findings: [{ line: 4, message: /reviews-partner/ }] },
    { path: 'webpack.config.js', code: "const webpack = require('webpack')\nmodule.exports = {\n  plugins: [\n    new webpack.DefinePlugin({\n      'process.env.API_URL': JSON.stringify('http://api.metrics-partner.com/v2'),\n    }),\n  ].filter(Boolean),\n}\n", findings: [{ line: 5, message: /metrics-partner/ }] },
    // Every endpoint the change writes into one settings literal is its own finding.
    { ...JS, code: "module.exports = {\n  services: {\n    shipping: { baseUrl: 'http://api.ship-partner.com/v2' },\n  },\n  webhooks: [\n    { event: 'order.refunded', url: 'http://erp.retail-partner.net/hooks' },\n  ],\n}\n", findings: [{ line: 3, message: /ship-partner/ }, { line: 6, message: /retail-partner/ }] },
    // An endpoint section's entries in `module.exports`.
    { ...JS, code: "module.exports = {\n  port: 3000,\n  webhooks: [\n    { event: 'order.created', url: 'https://hooks.example.com/orders' },\n    'http://erp.retail-partner.net/hooks/refunds',\n  ],\n}\n", findings: [{ line: 5, message: /module\.exports\.webhooks/ }] },
  ],
})

testRule(registered('python/cleartext-http'), {
  valid: [
    // A client's endpoint over TLS or local, a homepage link kept on the instance, and a field default read from the environment.
    { path: 'integrations/erp.py', code: 'class ErpClient:\n    def __init__(self):\n        self.base_url = "https://erp.partner-one.com/api/v2"\n        self.health_url = "http://localhost:8081/health"\n        self.homepage_url = "http://www.partner-one.com"\n' },
    { path: 'app/settings.py', code: 'class ShippingSettings(BaseSettings):\n    api_url: str = Field(default_factory=lambda: os.environ["SHIP_URL"])\n    docs_url: str = Field(default="http://docs.partner-five.com")\n' },
    // A set of links for people, and a set of endpoints that are all HTTPS or local.
    { path: 'app/settings.py', code: 'DOCS_URLS = {\n    "guide": "http://docs.partner-one.com/guide",\n}\nWEBHOOK_TARGETS = {\n    "crm": "https://hooks.crm-partner.com/acme",\n    "dev": "http://localhost:9000/hooks",\n}\n' },
    // STARTTLS before the login, the SSL variant, and a local relay.
    { path: 'app/mail.py', code: 'import smtplib\n\n\ndef send(msg):\n    with smtplib.SMTP("smtp.mailpartner.com", 587) as smtp:\n        smtp.starttls()\n        smtp.send_message(msg)\n' },
    { path: 'app/mail.py', code: 'import smtplib\n\n\ndef send(msg):\n    with smtplib.SMTP_SSL("smtp.mailpartner.com", 465) as smtp:\n        smtp.send_message(msg)\n    with smtplib.SMTP("localhost") as relay:\n        relay.send_message(msg)\n' },
    // A plugin's homepage kept as class metadata (Pygments lexers), never fetched by the class.
    { code: "class KalLexer(RegexLexer):\n    name = 'Kal'\n    url = 'http://rzimmerman.github.io/kal'\n    aliases = ['kal']\n", path: 'lexers/kal.py' },
    { code: 'class Config:\n    PDF_SERVICE = "https://pdf-render.partner-docs.com/render"\n    LOCAL_SERVICE = "http://127.0.0.1:8000"\n', path: 'billing/app.py' },
    { code: 'SCHEMA_SERVICE = "http://schemas.xmlsoap.org/soap/envelope/"\n', path: 'soap/client.py' },
    { code: 'LINK_TARGET = "_blank"\nDEV_TARGET = "http://localhost:3000"\n', path: 'web/settings.py' },
    { code: 'import os\nPARTNER_URL = os.getenv("PARTNER_URL", "https://api.partner-logistics.com/v2")\nLOCAL_URL = os.getenv("LOCAL_URL", "http://localhost:8000")\nGREETING = os.getenv("GREETING", "http://not-an-endpoint.com")\n', path: 'app/settings.py' },
    { code: 'import grpc\ndef channel():\n    return grpc.insecure_channel("localhost:50051")\n', path: 'app/rpc.py' },
    { code: 'import environ\nenv = environ.Env()\nPUSH_URL = env("PUSH_SERVICE_URL", default="https://push.example.com/v1")\nBROKER = env("CELERY_BROKER", default="http://cache.partner.com:6379")\n', path: 'notify/settings.py' },
    // Hosts in private-use zones and single-label service names: on the private network by their name.
    { code: 'BILLING_API = "http://billing.svc.internal/v2"\nSEARCH_API = "http://search:9200"\nLEDGER_API = "http://ledger.home.arpa/v1"\n', path: 'shop/settings.py' },
    // A Kubernetes service's cluster name (`<service>.<namespace>.svc`) resolves only inside the cluster.
    { code: "const GRAFANA_URL = process.env.GRAFANA_URL ?? 'http://grafana.monitoring.svc:3000'\nexport const grafana = axios.create({ baseURL: GRAFANA_URL })\n", path: 'src/grafana.ts' },
    // Links for people under a qualified name; a next-page link is fetched and stays an endpoint (invalid below).
    { code: 'CARRIER_DOCS_URL = "http://developer.parcel-carrier.com/docs"\nPARTNER_HOMEPAGE_LINK = "http://www.partner-one.com"\nREFUND_TERMS_URL = "http://shop-partner.com/terms"\n', path: 'shop/settings.py' },
    // Links for people, CORS origins, namespaces, and data nested deeper than settings.
    { code: 'SITE = {"help": {"homepage_url": "http://docs.partner.com/guide"}, "cors": {"origins": ["http://partner-portal.com"]}}\nNAMESPACES = {"soap": "http://schemas.xmlsoap.org/soap/envelope/"}\nFIXTURES = {"a": {"b": {"c": {"url": "http://feeds.partner-news.com/rss"}}}}\n', path: 'app/settings.py' },
  ],
  invalid: [
    // the URL is reported where it is written; a copy of it under another endpoint name is the same flaw, a URL built from it is not a copy
    { path: 'app/providers/vimeo.py', code: 'class VimeoAPI(OAuth):\n    url = "http://vimeo.com/api/rest/v2?method=people.getInfo"\n\n    def get_user_info(self):\n        url = self.url\n        return self.query(url, params={"format": "json"})\n', findings: [{ line: 2 }] },
    { path: 'app/partners.py', code: 'PARTNER_API = "http://api.partner-logistics.com"\nSTATUS_HOST = "api.partner-logistics.com"\n\ndef status_url():\n    base_url = PARTNER_API\n    status_url = "http://" + STATUS_HOST + "/status"\n    return base_url, status_url\n', findings: [{ line: 1 }, { line: 6 }] },
    { path: 'integrations/erp.py', code: 'class ErpClient:\n    def __init__(self, token):\n        self.base_url = "http://erp.partner-one.com/api/v2"\n        self.token = token\n', findings: [{ line: 3, message: /self\.base_url/ }] },
    { path: 'app/settings.py', code: 'class ShippingSettings(BaseModel):\n    api_url: str = Field(default="http://ship.partner-five.com/v3")\n', findings: [{ line: 2, message: /default of `api_url`/ }] },
    // A settings variable named for its endpoints: every URL in it is one, whatever its key.
    { path: 'app/settings.py', code: 'WEBHOOK_TARGETS = {\n    "crm": "https://hooks.crm-partner.com/acme",\n    "billing": "http://hooks.billing-partner.com/acme",\n}\n', findings: [{ line: 3, message: /billing-partner/ }] },
    { path: 'app/mail.py', code: 'import smtplib\n\n\ndef send(msg):\n    with smtplib.SMTP("smtp.mailpartner.com", 25) as smtp:\n        smtp.login("alerts", PASSWORD)\n        smtp.send_message(msg)\n', findings: [{ line: 5, message: /starttls/ }] },
    { code: "class PartnerClient:\n    url = 'http://api.partner-hub.com/v1'\n\n    def get(self, path):\n        return requests.get(self.url + path, timeout=5)\n", path: 'app/client.py', findings: [{ line: 2 }] },
    // An endpoint written into a settings dict, a section of one, or a list of them.
    { code: 'PAYMENT_GATEWAY = {\n    "BASE_URL": "http://api.paygate-partner.com/v2",\n    "TIMEOUT": 15,\n}\n', path: 'shop/settings.py', findings: [{ line: 2, message: /PAYMENT_GATEWAY\.BASE_URL/ }] },
    { code: 'INTEGRATIONS = [{"name": "kyc", "base_url": "http://verify.kyc-partner.net/api"}]\n', path: 'shop/settings.py', findings: [{ line: 1 }] },
    { code: 'class Config:\n    INVOICE_PDF_SERVICE = "http://pdf-render.partner-docs.com/render"\n', path: 'billing/app.py', findings: [{ line: 2 }] },
    { code: 'PRICING_UPSTREAM = "http://pricing.partner-hub.net/v1"\n', path: 'gateway/settings.py', findings: [{ line: 1 }] },
    // An `internal` label under a public domain does not put the host on a private network.
    { code: 'BILLING_API = "http://billing.internal.acme-corp.com/v2"\n', path: 'shop/settings.py', findings: [{ line: 1, message: /billing\.internal\.acme-corp\.com/ }] },
    // A section named by its key: its entries are endpoints whatever they are called; a schema id beside it is not.
    { code: 'PARTNERS = {\n    "acme": {\n        "endpoints": {\n            "orders": "https://api.acme-partner.com/v3/orders",\n            "returns": "http://api.acme-partner.com/v3/returns",\n        },\n        "schema": "http://www.w3.org/2001/XMLSchema",\n    },\n}\n', path: 'app/partners.py', findings: [{ line: 5, message: /PARTNERS\.acme\.endpoints\.returns/ }] },
    { code: 'CATALOG_NEXT_PAGE_URL = "http://catalog.partner-hub.net/v1/items?page=2"\n', path: 'gateway/settings.py', findings: [{ line: 1 }] },
    { code: 'WEBHOOK_TARGET = "http://hooks.partner-erp.com/notify"\n', path: 'hooks/settings.py', findings: [{ line: 1 }] },
    { code: 'import os\nPARTNER_URL = os.getenv("PARTNER_URL", "http://api.partner-logistics.com/v2")\n', path: 'app/settings.py', findings: [{ line: 2, message: /default of `PARTNER_URL`/ }] },
    { code: 'import grpc\ndef channel():\n    return grpc.insecure_channel("billing.partner-grpc.com:50051")\n', path: 'app/rpc.py', findings: [{ line: 3, message: /without TLS/ }] },
    { code: 'import environ\nenv = environ.Env()\nSMS_URL = env("SMS_GATEWAY_URL", default="http://sms.bulk-gateway-partner.com/api/send")\n', path: 'notify/settings.py', findings: [{ line: 3, message: /default of `SMS_GATEWAY_URL`/ }] },
  ],
})

// A reserved `.example` host is sample text until an HTTP client requests it; then it stands for the
// real endpoint, reported where the constant is written. Documentation links stay quiet.
testRule(registered('js/cleartext-http'), {
  valid: [
    { code: "const TRACKING_BASE = 'http://tracking.fastship.example/track'\nexport const help = `See ${TRACKING_BASE}`", path: 'src/orders/links.ts' },
    { code: "const DOCS_URL = 'http://docs.fastship.example/api'\n\nexport async function docs() {\n  return fetch(DOCS_URL)\n}", path: 'src/orders/docs.ts' },
    { code: "const TRACKING_BASE = 'https://tracking.fastship.example/track'\n\nexport async function track(code: string) {\n  return fetch(`${TRACKING_BASE}?code=${encodeURIComponent(code)}`)\n}", path: 'src/orders/track.ts' },
    { code: "const TRACKING_BASE = 'http://localhost:8080/track'\n\nexport async function track(code: string) {\n  return fetch(`${TRACKING_BASE}?code=${encodeURIComponent(code)}`)\n}", path: 'src/orders/track.ts' },
  ],
  invalid: [
    { code: "const CARRIER_TRACKING_BASE = 'http://tracking.fastship.example/track'\n\nexport async function track(code: string) {\n  const res = await fetch(`${CARRIER_TRACKING_BASE}?code=${encodeURIComponent(code)}`)\n  return res.json()\n}", path: 'src/orders/track.ts', findings: [{ line: 1 }] },
    { code: "export const LEGACY_FEED = 'http://feeds.partner.example/v1'\n\nexport async function feed(id) {\n  return fetch(LEGACY_FEED + '/items/' + id)\n}", path: 'src/feeds.js', findings: [{ line: 1 }] },
    { code: "const feedUrl = 'http://feeds.partner.example/v1/all'\n\nexport async function feed() {\n  return fetch(feedUrl)\n}", path: 'src/feeds.js', findings: [{ line: 1 }] },
    // A remote host in an endpoint-named constant is its own finding, once.
    { code: "const CARRIER_API = 'http://api.fastship.com/track'\n\nexport async function track(code) {\n  return fetch(`${CARRIER_API}?code=${code}`)\n}", path: 'src/track.js', findings: [{ line: 1 }] },
  ],
})

// A client's base URL formatted in its constructor from a host parameter: the scheme is written there, the host is the
// parameter's default; an https:// format, a local default, or no default at all stay quiet.
const VAULT = (scheme: string, dflt: string) =>
  `import requests\n\nclass CardVault:\n    def __init__(self, api_key, host${dflt}):\n        self.base_url = f"${scheme}://{host}/v1"\n        self.session = requests.Session()\n\n    def tokenize(self, number):\n        return self.session.post(f"{self.base_url}/cards", json={"number": number}, timeout=10)\n`
testRule(registered('python/cleartext-http'), {
  valid: [
    { code: VAULT('https', '="vault.payments.acme.net"'), path: 'app/payments/vault.py' },
    { code: VAULT('http', '="localhost:8200"'), path: 'app/payments/vault.py' },
    { code: VAULT('http', ''), path: 'app/payments/vault.py' },
  ],
  invalid: [{ code: VAULT('http', '="vault.payments.acme.net"'), path: 'app/payments/vault.py', findings: [{ line: 5, message: /vault\.payments\.acme\.net/ }] }],
})
