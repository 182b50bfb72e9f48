// Cleartext HTTP, debug switches, weak ciphers through aliases and PRNG output through helpers:
// each class with the look-alikes that must stay quiet.
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

testRule(registered('python/cleartext-http'), {
  valid: [
    'import ftplib\nftp = ftplib.FTP_TLS("ftp.partner-logistics.com")',
    'import ftplib\nftp = ftplib.FTP("127.0.0.1")',
    'import ftplib\nftp = ftplib.FTP(settings.FTP_HOST)',
    'CRM_BASE = "https://crm.acme-corp.com/api"',
    'METRICS_URL = "http://localhost:9091/metrics/job/sync"',
    'SCHEMA_ID = "http://json-schema.org/draft-07/schema#"',
    'NS = {"soap": "http://schemas.xmlsoap.org/soap/envelope/"}',
    'BACKEND_URL = "http://backend:8080/api"',
    'DOCS_URL = "http://docs.acme-corp.com/setup"',
    'requests.get("http://10.0.3.7/health", timeout=2)',
    'requests.get("http://billing.svc.internal/ping", timeout=2)',
    'GREETING = "http://not-a-url-name.acme-corp.com"',
    { code: 'requests.post("http://billing.acme-corp.com/invoices", json={}, timeout=5)', path: 'tests/test_billing.py' },
    // a client whose base URL parameter defaults to TLS, or to a local service
    'class Sms:\n    def __init__(self, base_url="https://api.sms-relay.acme-corp.com/v2"):\n        self.base_url = base_url',
    'class Agent:\n    def __init__(self, endpoint="http://localhost:8125"):\n        self.endpoint = endpoint',
  ],
  invalid: [
    { code: 'import ftplib\nftp = ftplib.FTP("ftp.partner-logistics.com")\nftp.login(user, password)', findings: [{ line: 2 }] },
    { code: 'from telnetlib import Telnet\nconn = Telnet("switch.branch-office.acme-corp.com", 23)', findings: [{ line: 2 }] },
    { code: 'ERP_BASE = "http://erp.acme-corp.com/api/v1"\n\ndef orders():\n    return requests.get(f"{ERP_BASE}/orders", timeout=30).json()', findings: [{ line: 1, message: /erp\.acme-corp\.com/ }] },
    { code: 'import requests as r\n\ndef send(invoice):\n    r.post("http://billing.acme-corp.com/invoices", json=invoice, timeout=10)', findings: [{ line: 4 }] },
    { code: 'import httpx\nclient = httpx.Client(base_url="http://inventory.acme-corp.com", timeout=10)', findings: [{ line: 2 }] },
    { code: 'from urllib.request import urlopen\nurlopen("http://feeds.partner.net/feed.xml")', findings: [{ line: 2 }] },
    // the written default of a client's base URL parameter, reported where it is written
    { code: 'class Sms:\n    def __init__(self, base_url="http://api.sms-relay.acme-corp.com/v2", timeout=5):\n        self.timeout = timeout\n        self.base_url = base_url.rstrip("/")', findings: [{ line: 2 }] },
    { code: 'class Sms:\n    def __init__(self, base_url="http://api.sms-relay.acme-corp.com/v2", timeout=5):\n        self.timeout = timeout\n        self.base_url = base_url', findings: [{ line: 2, message: /api\.sms-relay\.acme-corp\.com/ }] },
  ],
})

testRule(registered('js/cleartext-http'), {
  valid: [
    "const TRACKING_API = 'https://tracking.shipfast.net/v1'",
    "export const XML_NS = 'http://www.w3.org/2000/svg'",
    "await fetch('http://127.0.0.1:3000/health')",
    "await fetch('http://printer.local/status')",
    "const api = axios.create({ baseURL: process.env.API_URL })",
    "const homepageUrl = 'http://acme-corp.com'",
    "await fetch(`https://api.acme-corp.com/${id}`)",
    "const METRICS_URL = process.env.METRICS_URL || 'http://localhost:9091'",
    "const feed = new WebSocket(`wss://prices.exchange-co.com/stream?key=${key}`)",
    "const dev = new WebSocket('ws://localhost:8080/live')",
    { code: "export class Carrier {\n  private readonly baseUrl = 'https://rates.parcel-carrier.com/api'\n  private readonly docsUrl = 'http://docs.parcel-carrier.com'\n}", path: 'src/carrier.ts' },
    "class Geo {\n  constructor() {\n    this.baseUrl = 'https://geo.maps-partner.com/v3'\n    this.docsUrl = 'http://docs.maps-partner.com'\n    this.host = 'http://localhost:8080'\n  }\n}",
  ],
  invalid: [
    { code: "const SHIPPING_API = 'http://api.shipfast.net/v1'\nexport const label = () => fetch(`${SHIPPING_API}/labels`)", findings: [{ line: 1 }] },
    { code: "await fetch('http://collector.vendor.com/v1/events', { method: 'POST' })", findings: [{ line: 1 }] },
    { code: "import axios from 'axios'\nconst client = axios.create({ baseURL: 'http://inventory.acme-corp.com/api/v2' })", findings: [{ line: 2 }] },
    { code: "import axios from 'axios'\nconst { data } = await axios.get('http://rates.carrier.com/quote', { params: { zip } })", path: 'src/rates.ts', findings: [{ line: 2 }] },
    { code: "export const billing = new BillingClient('http://billing.acme-corp.com', token)", path: 'src/billing.ts', findings: [{ line: 1 }] },
    // the written default, used wherever the environment does not set one
    { code: "const LEDGER_URL = process.env.LEDGER_URL || 'http://ledger.payments-co.com'", findings: [{ line: 1 }] },
    { code: "const feed = new WebSocket(`ws://prices.exchange-co.com/stream?key=${key}`)", findings: [{ line: 1 }] },
    { code: "const request = require('request')\nrequest.post('http://auth.legacy-co.com/login', { json: creds })", findings: [{ line: 2 }] },
    // a client's constructor keeping its endpoint on the instance
    { code: "class Geo {\n  constructor(key) {\n    this.key = key\n    this.baseUrl = 'http://geo.maps-partner.com/v3'\n  }\n}", findings: [{ line: 4 }] },
    { code: "export class Carrier {\n  private readonly baseUrl = 'http://rates.parcel-carrier.com/api'\n  quote() {\n    return fetch(`${this.baseUrl}/quotes`)\n  }\n}", path: 'src/carrier.ts', findings: [{ line: 2 }] },
  ],
})

testRule(registered('crypto/debug-mode'), {
  valid: [
    'app.run(host="0.0.0.0", port=int(os.environ.get("PORT", 8000)), debug=os.environ.get("FLASK_DEBUG") == "1")',
    'app.debug = False',
    'run_simple("0.0.0.0", 5000, app, use_reloader=True)',
    { code: 'app.run(debug=True)', path: 'scripts/dev_server.py' },
    'job.run(verbose=True)',
    'parser.debug = True\nself.debug = True',
    // switched on inside a development-only branch
    'from werkzeug.debug import DebuggedApplication\napplication = app.wsgi_app\nif os.environ.get("APP_ENV") == "development":\n    application = DebuggedApplication(application, evalex=True)',
    'if settings.DEBUG:\n    app.config["DEBUG"] = True',
  ],
  invalid: [
    // the nested call in `port=` hid `debug=True` from the line pattern
    { code: 'app.run(host="0.0.0.0", port=int(os.environ.get("PORT", 8000)), debug=True)', findings: [{ line: 1 }] },
    { code: 'app = Flask(__name__)\napp.debug = True', findings: [{ line: 2 }] },
    { code: 'flask_app = Flask(__name__)\nflask_app.debug = True', findings: [{ line: 2 }] },
    { code: 'from werkzeug.serving import run_simple\nrun_simple("0.0.0.0", 5000, app, use_debugger=True)', findings: [{ line: 2 }] },
    { code: 'TEMPLATE_DEBUG = True', path: 'intranet/settings.py', findings: [{ line: 1 }] },
    { code: 'from werkzeug.debug import DebuggedApplication\napplication = DebuggedApplication(app.wsgi_app, evalex=True)', findings: [{ line: 2 }] },
    // the else branch of a development check is production
    { code: 'from werkzeug.debug import DebuggedApplication\nif os.environ.get("APP_ENV") == "development":\n    application = app.wsgi_app\nelse:\n    application = DebuggedApplication(app.wsgi_app, evalex=True)', findings: [{ line: 5 }] },
    { code: 'if __name__ == "__main__":\n    app.run(host="0.0.0.0", debug=True)', findings: [{ line: 2 }] },
  ],
})

testRule(registered('crypto/weak-cipher'), {
  valid: [
    'from Crypto.Cipher import AES\ncipher = AES.new(key, AES.MODE_GCM)',
    'from Crypto.Cipher import AES as A\ncipher = A.new(key, A.MODE_CBC, iv)',
    'from cryptography.hazmat.primitives.ciphers.aead import AESGCM\nbox = AESGCM(key)',
  ],
  invalid: [
    { code: 'from Crypto.Cipher import DES as D\n\ndef dec(key, blob):\n    return D.new(key, D.MODE_CBC, iv=IV).decrypt(blob)', findings: [{ line: 4, message: /DES/ }] },
    { code: 'from Crypto.Cipher import DES3 as TripleDES\nbox = TripleDES.new(key, TripleDES.MODE_CBC, IV)', findings: [{ line: 2, message: /DES3/ }] },
    { code: 'from Crypto.Cipher import AES as A\nbox = A.new(key, A.MODE_ECB)', findings: [{ line: 2, message: /ECB/ }] },
  ],
})

// Node's createCipheriv with the cipher's name kept on the instance or in a constant: the encrypting call is reported,
// the matching decipher is not; a sound name kept the same way is quiet.
testRule(registered('crypto/weak-cipher'), {
  valid: [
    { code: "import { createCipheriv, randomBytes } from 'node:crypto'\nexport class Box {\n  private readonly algorithm: string\n  constructor(private readonly key: Buffer) {\n    this.algorithm = 'aes-256-gcm'\n  }\n  seal(text: string) {\n    const c = createCipheriv(this.algorithm, this.key, randomBytes(12))\n    return c.update(text, 'utf8')\n  }\n}", path: 'src/box.ts' },
    { code: "const crypto = require('crypto')\nconst ALGORITHM = 'aes-256-cbc'\nfunction seal(key, iv, text) {\n  return crypto.createCipheriv(ALGORITHM, key, iv).update(text, 'utf8', 'hex')\n}", path: 'src/box.js' },
  ],
  invalid: [
    { code: "import { createCipheriv, createDecipheriv } from 'node:crypto'\nexport class Box {\n  private readonly algorithm: string\n  constructor(private readonly key: Buffer) {\n    this.algorithm = 'aes-256-ecb'\n  }\n  seal(text: string) {\n    return createCipheriv(this.algorithm, this.key, null).update(text, 'utf8')\n  }\n  open(data: Buffer) {\n    return createDecipheriv(this.algorithm, this.key, null).update(data)\n  }\n}", path: 'src/box.ts', findings: [{ line: 8, message: /ECB mode/ }] },
    { code: "const crypto = require('crypto')\nconst ALGORITHM = 'des-ede3-cbc'\nfunction seal(key, iv, text) {\n  return crypto.createCipheriv(ALGORITHM, key, iv).update(text, 'utf8', 'hex')\n}", path: 'src/box.js', findings: [{ line: 4, message: /DES/ }] },
  ],
})

testRule(registered('crypto/insecure-random'), {
  valid: [
    "function jitter() {\n  return Math.floor(Math.random() * 100)\n}",
    "function shuffle(xs) {\n  return xs.sort(() => Math.random() - 0.5)\n}",
    "function randomId(n) {\n  return Math.random().toString(36).slice(2, n)\n}\nfunction label() {\n  return 'x' + randomId(3)\n}",
    "function apiKey() {\n  return crypto.randomBytes(32).toString('hex')\n}",
    { code: 'import random\n\ndef pick(xs):\n    rng = random.Random(4)\n    return rng.choice(xs)', path: 'app/sample.py' },
    // a SystemRandom kept on the instance draws from os.urandom
    { code: 'import random\n\nclass Issuer:\n    def __init__(self):\n        self._rng = random.SystemRandom()\n\n    def new_secret(self):\n        return "sk_" + "".join(self._rng.choice(ALPHABET) for _ in range(40))', path: 'app/keys.py' },
  ],
  invalid: [
    // arithmetic and Math.floor keep the PRNG's output
    { code: 'function pin() {\n  return String(Math.floor(100000 + Math.random() * 900000))\n}', findings: [{ line: 2 }] },
    { code: "function sessionId() {\n  let id = ''\n  for (let i = 0; i < 32; i++) {\n    id += Math.floor(Math.random() * 16).toString(16)\n  }\n  return id\n}", findings: [{ line: 4 }] },
    // through a local helper: anchored at the call
    { code: "function randomId(n) {\n  return Math.random().toString(36).slice(2, n)\n}\nexport function apiKey() {\n  return `sk_${randomId(32)}`\n}", path: 'src/ids.ts', findings: [{ line: 5, message: /randomId\(\)/ }] },
    { code: 'import random\n\ndef make_api_key():\n    rng = random.Random()\n    return "sk_" + "".join(rng.choices(ALPHABET, k=40))', path: 'app/keys.py', findings: [{ line: 5 }] },
    // a random.Random() made in __init__ and drawn from in another method
    { code: 'import random\n\nclass Issuer:\n    def __init__(self, prefix="sk_"):\n        self.prefix = prefix\n        self._rng = random.Random()\n\n    def new_secret(self):\n        return self.prefix + "".join(self._rng.choice(ALPHABET) for _ in range(40))', path: 'app/keys.py', findings: [{ line: 9 }] },
    { code: 'import random\n\ndef _digits(n):\n    return "".join(random.choice("0123456789") for _ in range(n))\n\ndef reset_code():\n    return _digits(6)', path: 'app/codes.py', findings: [{ line: 7 }] },
  ],
})
