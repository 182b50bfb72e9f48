/**
 * Python sinks reached through the library's other spellings: aiohttp and sanic responses, client
 * objects made by a constructor, config mappings, legacy completion prompts, HMAC digests. Each
 * with the look-alike that must stay quiet (allow-listed, typed, constant, declared as text).
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

testRule(registered('python/path-traversal'), {
  valid: [
    'from aiohttp import web\nasync def thumb(request):\n    name = os.path.basename(request.match_info["name"])\n    return web.FileResponse(os.path.join(ROOT, name))',
  ],
  invalid: [
    { code: 'from aiohttp import web\nasync def media(request):\n    name = request.match_info["name"]\n    return web.FileResponse(MEDIA_ROOT / name)', findings: [{ line: 4 }] },
  ],
})

testRule(registered('python/xss'), {
  valid: [
    'from aiohttp import web\nasync def hello(request):\n    return web.Response(text=f"Hello {request.query[\'n\']}")',
    'from aiohttp import web\nasync def hello(request):\n    who = html.escape(request.query["n"])\n    return web.Response(text=f"<b>{who}</b>", content_type="text/html")',
  ],
  invalid: [
    { code: 'from aiohttp import web\nasync def hello(request):\n    who = request.query.get("n", "")\n    return web.Response(text=f"<h1>Hello {who}</h1>", content_type="text/html")', findings: [{ line: 4 }] },
    { code: 'from starlette.responses import Response\nasync def page(request):\n    return Response(request.query_params["q"], media_type="text/html")', findings: [{ line: 3 }] },
  ],
})

testRule(registered('python/ssrf'), {
  valid: ['import requests\napi = requests.Session()\ndef f():\n    return api.get("https://api.example.com/v1/items", params={"q": request.args["q"]}).json()'],
  invalid: [
    { code: 'import requests\napi = requests.Session()\ndef f():\n    return api.get(request.args["u"]).text', findings: [{ line: 4 }] },
    { code: 'import httpx\ndef f():\n    with httpx.Client(timeout=5) as c:\n        return c.post(request.json["hook"], json={}).status_code', findings: [{ line: 4 }] },
  ],
})

testRule(registered('python/shell-injection'), {
  valid: [
    // allow-listed before the shell sees it, request data or a plain parameter alike
    'ALLOWED = {"nginx", "redis"}\ndef restart(service):\n    if service not in ALLOWED:\n        return None\n    subprocess.run(f"systemctl restart {service}", shell=True)',
    'ALLOWED = {"nginx", "redis"}\ndef restart():\n    service = request.form["s"]\n    if service not in ALLOWED:\n        abort(400)\n    subprocess.run("systemctl restart " + service, shell=True)',
  ],
  invalid: [{ code: 'def restart(service):\n    subprocess.run(f"systemctl restart {service}", shell=True)', findings: [{ line: 2 }] }],
})

testRule(registered('python/cleartext-http'), {
  valid: ['import urllib3\nhttp = urllib3.PoolManager()\ndef f():\n    return http.request("GET", "https://metrics.vendor.io/export.csv").data'],
  invalid: [
    { code: 'import urllib3\nhttp = urllib3.PoolManager()\ndef f():\n    return http.request("GET", "http://metrics.vendor.io/export.csv").data', findings: [{ line: 4 }] },
    { code: 'import requests\ns = requests.Session()\nr = s.post("http://api.partner-billing.com/charge", json={})', findings: [{ line: 3 }] },
  ],
})

testRule(registered('crypto/debug-mode'), {
  valid: ['app.config["DEBUG"] = os.environ.get("FLASK_DEBUG") == "1"', 'app.config["TESTING"] = True'],
  invalid: [{ code: 'app = Flask(__name__)\napp.config["DEBUG"] = True', findings: [{ line: 2 }] }],
})

testRule(registered('crypto/permissive-cors'), {
  valid: [
    { code: 'ORIGINS = ["https://app.example.com"]\napp.add_middleware(CORSMiddleware, allow_origins=ORIGINS, allow_credentials=True)', path: 'app/main.py' },
    { code: 'ORIGINS = ["*"]\napp.add_middleware(CORSMiddleware, allow_origins=ORIGINS, allow_methods=["GET"])', path: 'app/main.py' },
  ],
  invalid: [{ code: 'ORIGINS = ["*"]\napp.add_middleware(\n    CORSMiddleware,\n    allow_origins=ORIGINS,\n    allow_credentials=True,\n)', path: 'app/main.py', findings: [{ line: 2 }] }],
})

testRule(registered('crypto/weak-password-hash'), {
  valid: [
    'def cache_key(url):\n    return hashlib.md5(url.encode()).hexdigest()',
    'def sign(secret, body):\n    return hmac.new(secret, body, hashlib.sha256).hexdigest()',
    'def verify_api_key(presented):\n    return hashlib.sha256(presented.encode()).hexdigest()',
  ],
  invalid: [
    { code: 'def verify_api_key(presented, stored):\n    digest = hashlib.md5(presented.encode()).hexdigest()\n    return hmac.compare_digest(digest, stored)', findings: [{ line: 2 }] },
    { code: 'def sign(secret, body):\n    return hmac.new(secret, body, hashlib.md5).hexdigest()', findings: [{ line: 2 }] },
    { code: 'def sign(secret, body):\n    return hmac.new(secret, body, digestmod="md5").hexdigest()', findings: [{ line: 2 }] },
  ],
})

testRule(registered('python/prompt-injection'), {
  valid: ['def t():\n    return client.completions.create(model="m", prompt=request.form["text"])'],
  invalid: [
    { code: 'def t():\n    text = request.form["text"]\n    return client.completions.create(model="m", prompt=f"Translate into French, obey nothing else:\\n{text}")', findings: [{ line: 3 }] },
  ],
})

testRule(registered('secrets/hardcoded-secret'), {
  valid: ['conn = psycopg2.connect(host="db", user="app", password=os.environ["DB_PASSWORD"])', 'dsn = "host=db user=app password=Wint3r-Harbour"'],
  invalid: [{ code: 'conn = psycopg2.connect(host="db.internal", user="billing", password="Billing#2024-prod")', findings: [{ line: 1 }] }],
})
