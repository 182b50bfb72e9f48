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
    // a Path's open() with a mode the client chose opens the code's own file; a cleaned upload name stays quiet
    'from flask import request\n\n@app.post("/save")\ndef save():\n    mode = request.args.get("mode", "w")\n    with (EXPORT_DIR / "latest.csv").open(mode) as fh:\n        fh.write("x")',
    'from fastapi import APIRouter, UploadFile\n\n@router.post("/u")\nasync def upload(file: UploadFile):\n    dest = STORAGE / Path(file.filename).name\n    with dest.open("wb") as out:\n        shutil.copyfileobj(file.file, out)',
  ],
  invalid: [
    // a helper returning a file it opened from the request's name: reported at the open(), not again where the file is sent
    { code: 'from django.http import FileResponse\n\ndef open_report(name):\n    return open(os.path.join(REPORT_DIR, name), "rb")\n\ndef download(request):\n    return FileResponse(open_report(request.GET["name"]), as_attachment=True)', findings: [{ line: 4 }] },
    { code: 'from aiohttp import web\nasync def media(request):\n    name = request.match_info["name"]\n    return web.FileResponse(MEDIA_ROOT / name)', findings: [{ line: 4 }] },
    // pathlib's open() opens its receiver, here an upload's name joined to a folder; its first argument is the mode
    { code: 'from fastapi import APIRouter, UploadFile\n\n@router.post("/u")\nasync def upload(file: UploadFile):\n    dest = STORAGE / file.filename\n    with dest.open("wb") as out:\n        shutil.copyfileobj(file.file, out)', findings: [{ line: 6, message: /dest\.open\("wb"\)/ }] },
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
  valid: [
    'import requests\napi = requests.Session()\ndef f():\n    return api.get("https://api.example.com/v1/items", params={"q": request.args["q"]}).json()',
    // a key of a dict built from the request, checked against a host allow-list before it is fetched
    'import httpx\nfrom flask import request, abort\n\n@app.post("/feeds")\nasync def feed():\n    feed = {"name": request.json["name"], "url": request.json["url"]}\n    parts = urlsplit(feed["url"])\n    if parts.scheme != "https" or parts.hostname not in FEED_HOSTS:\n        abort(400)\n    async with httpx.AsyncClient() as client:\n        return (await client.get(feed["url"])).text',
  ],
  invalid: [
    // the check is about another key of the same dict
    { code: 'import httpx\nfrom flask import request, abort\n\n@app.post("/feeds")\nasync def feed():\n    feed = {"icon": request.json["icon"], "url": request.json["url"]}\n    parts = urlsplit(feed["icon"])\n    if parts.hostname not in FEED_HOSTS:\n        abort(400)\n    async with httpx.AsyncClient() as client:\n        return (await client.get(feed["url"])).text', findings: [{ line: 11 }] },
    { code: 'import httpx\nfrom flask import request, abort\n\n@app.post("/feeds")\nasync def feed():\n    feed = {"name": request.json["name"], "url": request.json["url"]}\n    async with httpx.AsyncClient() as client:\n        return (await client.get(feed["url"])).text', findings: [{ line: 8 }] },
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

testRule(registered('crypto/debug-mode'), {
  valid: [
    { code: 'DEBUG_MODE = False\napp.run(host="0.0.0.0", debug=DEBUG_MODE)', path: 'app/main.py' },
    { code: 'app.wsgi_app = DebuggedApplication(app.wsgi_app, evalex=False)', path: 'app/main.py' },
    { code: 'os.environ["FLASK_DEBUG"] = "0"', path: 'app/main.py' },
  ],
  invalid: [
    { code: 'DEBUG_MODE = True\napp.run(host="0.0.0.0", debug=DEBUG_MODE)', path: 'app/main.py', findings: [{ line: 2 }] },
    { code: 'app.wsgi_app = DebuggedApplication(app.wsgi_app, evalex=True)', path: 'app/main.py', findings: [{ line: 1 }] },
    { code: 'import bottle\nbottle.debug(True)', path: 'app/main.py', findings: [{ line: 2 }] },
    { code: 'os.environ["FLASK_DEBUG"] = "1"', path: 'app/main.py', findings: [{ line: 1 }] },
  ],
})

testRule(registered('crypto/weak-password-hash'), {
  valid: [
    'def derive(password, salt):\n    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)',
    'def etag(body):\n    cache_key = hashlib.md5(body).hexdigest()\n    return cache_key',
  ],
  invalid: [
    { code: 'def derive(password, salt):\n    return hashlib.pbkdf2_hmac("sha1", password.encode(), salt, 1000)', findings: [{ line: 2 }] },
    { code: 'def issue(email):\n    token = hashlib.md5((email + str(time.time())).encode()).hexdigest()\n    return token', findings: [{ line: 2 }] },
  ],
})

testRule(registered('crypto/insecure-random'), {
  valid: [
    { code: 'def f(db, user):\n    db.add(Token(user_id=user.id, key=secrets.token_hex(20)))', path: 'app/tokens.py' },
    { code: 'def f():\n    return {"colour_code": random.randint(0, 9)}', path: 'app/tokens.py' },
  ],
  invalid: [
    { code: 'def f(db, user):\n    db.add(Token(user_id=user.id, key="%x" % random.getrandbits(128)))', path: 'app/tokens.py', findings: [{ line: 2 }] },
    { code: 'def f():\n    value = random.randint(0, 10**8)\n    return {"reset_code": value}', path: 'app/tokens.py', findings: [{ line: 2 }] },
  ],
})

testRule(registered('python/xss'), {
  valid: [
    'from flask import Flask, jsonify, request\napp = Flask(__name__)\n@app.route("/a")\ndef a():\n    return jsonify(name=request.args.get("name"))',
    'from flask import Flask, request\napp = Flask(__name__)\n@app.route("/a")\ndef a():\n    return "<b>{}</b>".format(request.args["q"]), 200, {"Content-Type": "text/plain"}',
    'from fastapi import FastAPI\napp = FastAPI()\n@app.get("/a")\ndef a(name: str):\n    return f"Hello {name}"',
    'from starlette.responses import HTMLResponse\nasync def s(request):\n    rows = await search(request.query_params["q"])\n    items = "".join(f"<li>{html.escape(r.title)}</li>" for r in rows)\n    return HTMLResponse(f"<ul>{items}</ul>")',
  ],
  invalid: [
    { code: 'from flask import Flask, request\napp = Flask(__name__)\n@app.route("/a")\ndef a():\n    name = request.args.get("name", "")\n    return f"Hello {name}!"', findings: [{ line: 6 }] },
    { code: 'from flask import Flask, request\napp = Flask(__name__)\n@app.route("/a")\ndef a():\n    return "Hello " + request.args["name"], 200', findings: [{ line: 5 }] },
  ],
})

testRule(registered('python/shell-injection'), {
  valid: ['def rebuild():\n    period = request.form["period"]\n    args = ["statement-tool", "--period", period]\n    subprocess.run(args, check=True)'],
  invalid: [
    { code: 'def logs():\n    unit = request.form["unit"]\n    cmd = ["sh", "-c", f"journalctl -u {unit}"]\n    return subprocess.run(cmd, capture_output=True).stdout', findings: [{ line: 4 }] },
    { code: 'def logs():\n    return subprocess.check_output(["/bin/bash", "-c", "tail " + request.args["f"]])', findings: [{ line: 2 }] },
  ],
})

testRule(registered('python/ssrf'), {
  valid: ['import http.client\ndef f():\n    conn = http.client.HTTPSConnection("api.example.com")\n    conn.request("GET", "/items/" + request.args["id"])', 'from tornado.httpclient import AsyncHTTPClient, HTTPRequest\nimport tornado.web\n\nclass Stock(tornado.web.RequestHandler):\n    async def get(self):\n        sku = self.get_argument("sku")\n        a = await AsyncHTTPClient().fetch("http://inventory.svc.internal:8080/v1/stock/" + sku)\n        b = await AsyncHTTPClient().fetch(HTTPRequest(f"https://api.example.com/items/{sku}"))\n        self.finish(a.body + b.body)'],
  invalid: [
    { code: 'import http.client\ndef f():\n    conn = http.client.HTTPSConnection(request.args["host"])', findings: [{ line: 3 }] },
    { code: 'import urllib.request\ndef f():\n    urllib.request.urlretrieve(request.args["u"], "/tmp/x")', findings: [{ line: 3 }] },
    { code: 'import httpx\ndef f():\n    with httpx.stream("GET", request.args["u"]) as r:\n        return r.read()', findings: [{ line: 3 }] },
    // The connection class picked by the URL's scheme is the same API either way.
    { code: 'import http.client\nfrom urllib.parse import urlsplit\ndef f():\n    parts = urlsplit(request.json["url"])\n    cls = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection\n    conn = cls(parts.hostname, parts.port)', findings: [{ line: 6 }] },
    // Tornado's client: a URL, a host piece, and an HTTPRequest built first.
    { code: 'from tornado.httpclient import AsyncHTTPClient, HTTPRequest\nimport tornado.web\n\nclass Stock(tornado.web.RequestHandler):\n    async def get(self):\n        region = self.get_argument("region")\n        resp = await AsyncHTTPClient().fetch(f"http://inventory-{region}.svc.internal:8080/v1/stock")\n        self.finish(resp.body)', findings: [{ line: 7 }] },
    { code: 'from tornado.httpclient import AsyncHTTPClient, HTTPRequest\nimport tornado.web\n\nclass Peek(tornado.web.RequestHandler):\n    async def get(self):\n        http = AsyncHTTPClient()\n        resp = await http.fetch(HTTPRequest(self.get_argument("url"), request_timeout=3))\n        self.finish(resp.body)', findings: [{ line: 7 }] },
  ],
})

testRule(registered('python/path-traversal'), {
  valid: [
    'def dl():\n    name = request.args["f"]\n    if ".." in name or os.sep in name:\n        abort(400)\n    return send_file(os.path.join(BASE, name))',
    'def imp():\n    bundle = request.files["bundle"]\n    with zipfile.ZipFile(bundle.stream) as zf:\n        names = zf.namelist()\n    return names',
    'def imp():\n    with tarfile.open(fileobj=request.files["t"].stream) as tf:\n        tf.extractall("/srv/in", filter="data")',
    // zipfile strips `..` and absolute paths from member names itself.
    'def imp():\n    bundle = request.files["bundle"]\n    with zipfile.ZipFile(bundle.stream) as zf:\n        zf.extractall("/srv/in")',
  ],
  invalid: [
    { code: 'def imp():\n    bundle = request.files["bundle"]\n    with tarfile.open(fileobj=bundle.stream) as tf:\n        tf.extractall("/srv/in")', findings: [{ line: 4 }] },
    { code: 'def imp():\n    with tarfile.open(fileobj=request.files["t"].stream) as tf:\n        tf.extractall("/srv/in")', findings: [{ line: 3 }] },
  ],
})

testRule(registered('python/shell-injection'), {
  valid: [
    'def conv():\n    path = request.args["p"]\n    subprocess.run(shlex.split(f"ffmpeg -i {path} out.mp4"), check=True)',
    'BASE_CMD = ["ffmpeg", "-y"]\ndef conv():\n    subprocess.run(BASE_CMD + ["-i", request.args["p"], "out.mp4"], check=True)',
  ],
  invalid: [{ code: 'def ver():\n    subprocess.run([request.args["tool"], "--version"])', findings: [{ line: 2 }] }],
})

testRule(registered('python/xss'), {
  valid: [
    'from django.http import HttpResponse\ndef bio(request):\n    return HttpResponse("<div>" + nh3.clean(request.GET["bio"]) + "</div>")',
    'from django.http import HttpResponse\ndef bio(request):\n    return HttpResponse("<div>%s</div>" % strip_tags(request.GET["bio"]))',
  ],
  invalid: [{ code: 'from django.http import HttpResponse\ndef bio(request):\n    return HttpResponse("<div>%s</div>" % request.GET["bio"])', findings: [{ line: 3 }] }],
})

testRule(registered('python/ssrf'), {
  valid: ['def f():\n    url = request.args["u"]\n    validate_public_url(url)\n    return requests.get(url).text'],
  invalid: [{ code: 'def f():\n    url = request.args["u"]\n    log_url(url)\n    return requests.get(url).text', findings: [{ line: 4 }] }],
})

testRule(registered('python/sql-injection'), {
  valid: ['def count(conn, table_name):\n    if table_name not in ("orders", "refunds"):\n        raise ValueError(table_name)\n    return conn.execute(f"SELECT count(*) FROM {table_name}").fetchone()'],
  invalid: [{ code: 'def count(conn, table_name):\n    return conn.execute(f"SELECT count(*) FROM {table_name}").fetchone()', findings: [{ line: 2 }] }],
})

testRule(registered('crypto/insecure-cookie'), {
  valid: [{ code: 'app.add_middleware(SessionMiddleware, secret_key=os.environ["K"], https_only=True)', path: 'app/main.py' }],
  invalid: [{ code: 'app.add_middleware(SessionMiddleware, secret_key=os.environ["K"], https_only=False)', path: 'app/main.py', findings: [{ line: 1 }] }],
})

testRule(registered('python/prompt-injection'), {
  valid: ['from langchain_openai import ChatOpenAI\nllm = ChatOpenAI(model="m")\ndef a():\n    return llm.invoke(request.form["q"]).content'],
  invalid: [
    { code: 'from langchain_openai import ChatOpenAI\nllm = ChatOpenAI(model="m")\ndef a():\n    topic = request.form["topic"]\n    return llm.invoke(f"You are a travel guide. Only talk about {topic}.").content', findings: [{ line: 5 }] },
  ],
})

testRule(registered('python/sql-injection'), {
  valid: ['from sqlalchemy import literal_column, select\ndef f(db):\n    return db.execute(select(literal_column("count(*)"))).all()'],
  invalid: [{ code: 'from sqlalchemy import literal_column, select\ndef f(db):\n    return db.execute(select(literal_column(request.args["c"]))).all()', findings: [{ line: 3 }] }],
})

// Flask-SQLAlchemy's `db.select(Model)` is SQLAlchemy's select: values in `filter_by`/`where` are bound. A comprehension that keeps
// only the names a fixed collection holds yields that collection's own names.
testRule(registered('python/sql-injection'), {
  valid: [
    { code: 'from flask import request\nfrom app.extensions import db\nfrom app.models import User\n\n@bp.post("/reset")\ndef reset():\n    email = request.form.get("email", "")\n    user = db.session.execute(db.select(User).filter_by(email=email)).scalar_one_or_none()\n    return str(user)', path: 'app/auth.py' },
    { code: 'from sqlalchemy import text\n\ndef stats(session, columns):\n    allowed = {"published_year", "language"}\n    chosen = [c for c in columns if c in allowed] or ["published_year"]\n    column_sql = ", ".join(chosen)\n    sql = f"SELECT {column_sql}, count(*) FROM books GROUP BY {column_sql}"\n    return session.execute(text(sql)).all()', path: 'app/books.py' },
    { code: 'from flask import request\nfrom sqlalchemy import text\nGROUPABLE = ("region", "plan")\n\n@bp.get("/stats")\ndef stats():\n    cols = [c for c in request.args.getlist("by") if c in GROUPABLE]\n    sql = f"SELECT {\', \'.join(cols)}, count(*) FROM accounts GROUP BY {\', \'.join(cols)}"\n    return jsonify(db.session.execute(text(sql)).all())', path: 'app/stats.py' },
  ],
  invalid: [
    // the statement as text beside db.select: still the request's words in SQL
    { code: 'from flask import request\nfrom app.extensions import db\n\n@bp.get("/u")\ndef u():\n    name = request.args.get("name", "")\n    return db.session.execute(text(f"SELECT * FROM users WHERE name = \'{name}\'")).all()', path: 'app/users.py', findings: [{ line: 7 }] },
    // a comprehension that drops what a deny-list holds keeps every other name the client sent
    { code: 'from flask import request\nfrom sqlalchemy import text\nHIDDEN = {"password_hash", "api_key"}\n\n@bp.get("/export")\ndef export():\n    cols = [c for c in request.args.getlist("col") if c not in HIDDEN]\n    sql = "SELECT " + ", ".join(cols) + " FROM users"\n    return jsonify(db.session.execute(text(sql)).all())', path: 'app/export.py', findings: [{ line: 9 }] },
    { code: 'from flask import request\nfrom sqlalchemy import text\n\n@bp.get("/export")\ndef export():\n    cols = [c for c in request.args.getlist("col") if c != "password_hash"]\n    sql = "SELECT " + ", ".join(cols) + " FROM users"\n    return jsonify(db.session.execute(text(sql)).all())', path: 'app/export.py', findings: [{ line: 8 }] },
  ],
})

testRule(registered('python/path-traversal'), {
  valid: ['def k(request):\n    upload = request.FILES["avatar"]\n    return default_storage.save(f"avatars/{upload.name}", upload)'],
  invalid: [{ code: 'def j(request):\n    os.makedirs(os.path.join("/srv/users", request.POST["name"]), exist_ok=True)', findings: [{ line: 2 }] }],
})

/** A hunk inside a function whose `def` is only in git's hunk heading, as `git diff -U3` cuts it. */
function defHunk(heading: string, context: string[], added: string[]): string {
  const lines = [...context.map((l) => ` ${l}`), ...added.map((l) => `+${l}`), '     return {"ok": True}']
  return ['diff --git a/media/thumbs.py b/media/thumbs.py', '--- a/media/thumbs.py', '+++ b/media/thumbs.py', `@@ -12,${context.length + 1} +12,${lines.length} @@ ${heading}`, ...lines, ''].join('\n')
}

const THUMB_CONTEXT = ['    with open("/tmp/in.img", "wb") as fh:', '        fh.write(data)', '    subprocess.run(["convert", "/tmp/in.img", "/tmp/out.png"], check=True)']

testRule(registered('python/shell-injection'), {
  valid: [
    // the heading's `width: int` still types the parameter the added line formats in
    { code: '', diff: defHunk('async def make_thumbnail(file: UploadFile, width: int = 320, label: str = ""):', THUMB_CONTEXT, ['    subprocess.run(f"optipng -o{width} /tmp/out.png", shell=True, check=True)']) },
  ],
  invalid: [
    { code: '', diff: defHunk('async def make_thumbnail(file: UploadFile, width: int = 320, label: str = ""):', THUMB_CONTEXT, ['    subprocess.run(f"convert /tmp/out.png -annotate 0 \'{label}\' /tmp/out.png", shell=True)']), findings: [{ line: 15 }] },
  ],
})

testRule(registered('python/cleartext-http'), {
  valid: [
    'import http.client\nconn = http.client.HTTPConnection("localhost", 8080)',
    'import xmlrpc.client\nproxy = xmlrpc.client.ServerProxy("https://erp.partner-ledger.com/xmlrpc/2/common")',
  ],
  invalid: [
    { code: 'import http.client\nconn = http.client.HTTPConnection("api.partner-ledger.com", 80)', findings: [{ line: 2 }] },
    { code: 'import xmlrpc.client\nproxy = xmlrpc.client.ServerProxy("http://erp.partner-ledger.com/xmlrpc/2/common")', findings: [{ line: 2 }] },
    { code: 'import websocket\nws = websocket.create_connection("ws://stream.market-feed.io/prices")', findings: [{ line: 2 }] },
  ],
})

testRule(registered('python/path-traversal'), {
  valid: ['import falcon\nclass Doc:\n    def on_get(self, req, resp, name):\n        if not SLUG.match(name):\n            raise falcon.HTTPBadRequest()\n        with open(os.path.join(ROOT, name)) as fh:\n            resp.text = fh.read()'],
  invalid: [
    { code: 'import falcon\nclass Doc:\n    def on_get(self, req, resp, name):\n        with open(os.path.join(ROOT, name)) as fh:\n            resp.text = fh.read()', findings: [{ line: 4 }] },
    { code: 'def upload_raw():\n    root = current_app.config["UPLOAD_ROOT"]\n    f.save(os.path.join(root, f.filename))', findings: [{ line: 3 }] },
  ],
})

testRule(registered('python/xss'), {
  valid: ['import falcon\nclass Search:\n    def on_get(self, req, resp):\n        resp.content_type = falcon.MEDIA_HTML\n        resp.text = "<h2>" + html.escape(req.get_param("q", default="")) + "</h2>"'],
  invalid: [{ code: 'import falcon\nclass Search:\n    def on_get(self, req, resp):\n        resp.content_type = falcon.MEDIA_HTML\n        resp.text = "<h2>Results for " + req.get_param("q", default="") + "</h2>"', findings: [{ line: 5 }] }],
})

testRule(registered('python/open-redirect'), {
  valid: [
    'from pyramid.httpexceptions import HTTPFound\ndef go(request):\n    return HTTPFound(location=request.route_url("home"))',
    // a query string resolves against the current page
    'from flask import redirect, request\n@app.get("/s")\ndef s():\n    page = request.args.get("page", "1")\n    return redirect(f"?page={page}")',
  ],
  invalid: [
    { code: 'from flask import redirect, request\n@app.get("/t")\ndef t():\n    nxt = request.args.get("next", "/")\n    return redirect(f"{nxt}?page=1")', findings: [{ line: 5 }] },
    { code: 'from pyramid.httpexceptions import HTTPFound\ndef go(request):\n    target = request.params.get("next", "/")\n    return HTTPFound(location=target)', findings: [{ line: 4 }] },
    { code: 'def go(request):\n    return HTTPFound(location=request.params["next"])', findings: [{ line: 2 }] },
  ],
})

testRule(registered('crypto/permissive-cors'), {
  valid: [{ code: 'from quart_cors import cors\napp = cors(app, allow_origin=["https://app.example.com"], allow_credentials=True)', path: 'app/main.py' }],
  invalid: [{ code: 'from quart_cors import cors\napp = cors(app, allow_origin="*", allow_credentials=True)', path: 'app/main.py', findings: [{ line: 2 }] }],
})

testRule(registered('crypto/insecure-random'), {
  valid: [{ code: 'def check(user):\n    return user.check_password(str(random.random()))', path: 'app/accounts.py' }, { code: 'def reset(user):\n    user.set_password(secrets.token_urlsafe(12))', path: 'app/accounts.py' }],
  invalid: [{ code: 'def reset(user):\n    user.set_password("".join(random.choices(string.ascii_letters, k=12)))', path: 'app/accounts.py', findings: [{ line: 2 }] }],
})

testRule(registered('crypto/debug-mode'), {
  valid: [{ code: 'app.config["ENV"] = "production"', path: 'app/main.py' }],
  invalid: [{ code: 'app.config["ENV"] = "development"', path: 'app/main.py', findings: [{ line: 1 }] }, { code: 'os.environ["FLASK_ENV"] = "development"', path: 'app/main.py', findings: [{ line: 1 }] }],
})

testRule(registered('python/path-traversal'), {
  valid: [
    'from django.views import View\nclass ExportView(View):\n    def get(self, request, name):\n        return FileResponse(open(os.path.join("/srv/exports", os.path.basename(name)), "rb"))',
    'class Exporter:\n    def get(self, name):\n        return open(os.path.join("/srv/exports", name), "rb")',
  ],
  invalid: [
    { code: 'from django.views import View\nclass ExportView(View):\n    def get(self, request, name):\n        return FileResponse(open(os.path.join("/srv/exports", name), "rb"))', findings: [{ line: 4 }] },
    { code: 'from flask.views import MethodView\nclass ItemView(MethodView):\n    def delete(self, slug):\n        os.remove(os.path.join("/srv/items", slug))\n        return "", 204', findings: [{ line: 4 }] },
  ],
})

testRule(registered('python/prompt-injection'), {
  valid: ['from fastapi import APIRouter\nrouter = APIRouter()\n@router.post("/r")\nasync def r(req: ReviewRequest):\n    return await client.messages.create(model="m", max_tokens=10, system=GUIDE, messages=[{"role": "user", "content": req.diff}])'],
  invalid: [
    { code: 'from fastapi import APIRouter\nrouter = APIRouter()\n@router.post("/r")\nasync def r(req: ReviewRequest):\n    return await client.messages.create(model="m", max_tokens=10, system=f"{GUIDE} Style: {req.style}", messages=[])', findings: [{ line: 5 }] },
  ],
})

testRule(registered('python/path-traversal'), {
  valid: ['from litestar import get\nfrom litestar.response import File\n@get("/m/{name:str}")\nasync def m(name: str) -> File:\n    return File(path=os.path.join(ROOT, os.path.basename(name)))'],
  invalid: [{ code: 'from litestar import get\nfrom litestar.response import File\n@get("/m/{name:str}")\nasync def m(name: str) -> File:\n    return File(path=os.path.join(ROOT, name))', findings: [{ line: 5 }] }],
})

testRule(registered('python/open-redirect'), {
  valid: ['from litestar import get\nfrom litestar.response import Redirect\n@get("/out")\nasync def out(to: str) -> Redirect:\n    return Redirect(path="/home")'],
  invalid: [{ code: 'from litestar import get\nfrom litestar.response import Redirect\n@get("/out")\nasync def out(to: str) -> Redirect:\n    return Redirect(path=to)', findings: [{ line: 5 }] }],
})

testRule(registered('python/shell-injection'), {
  valid: ['def logs(client):\n    service = request.json["service"]\n    if service not in SERVICES:\n        abort(400)\n    client.exec_command(f"journalctl -u {service}")', 'def grep(client):\n    client.exec_command("grep -r " + shlex.quote(request.json["p"]) + " /var/log")'],
  invalid: [{ code: 'def logs(client):\n    service = request.json["service"]\n    client.exec_command(f"journalctl -u {service}")', findings: [{ line: 3 }] }],
})

testRule(registered('python/xss'), {
  valid: ['def archive(modeladmin, request, queryset):\n    return HttpResponse(f"queued {request.POST.get(\'label\')}", content_type="text/plain")'],
  invalid: [{ code: 'def archive(modeladmin, request, queryset):\n    label = request.POST.get("label", "archive")\n    return HttpResponse(f"queued {label}")', findings: [{ line: 3 }] }],
})

testRule(registered('crypto/weak-password-hash'), {
  valid: ['def content_id(blob):\n    return hashlib.sha1(blob).hexdigest()'],
  invalid: [{ code: 'def legacy_password_check(stored, candidate):\n    return stored == hashlib.md5(candidate.encode()).hexdigest()', findings: [{ line: 2 }] }],
})

testRule(registered('crypto/debug-mode'), {
  valid: [
    { code: 'from bottle import run\nrun(app, host="0.0.0.0", port=8080)', path: 'legacy/app.py' },
    { code: 'class DevelopmentConfig(Config):\n    DEBUG = True', path: 'portal/config.py' },
  ],
  invalid: [
    { code: 'from bottle import run\nrun(app, host="0.0.0.0", port=8080, debug=True)', path: 'legacy/app.py', findings: [{ line: 2 }] },
    { code: 'class ProductionConfig(Config):\n    DEBUG = True', path: 'portal/config.py', findings: [{ line: 2 }] },
  ],
})

testRule(registered('crypto/insecure-cookie'), {
  valid: [{ code: 'class DevelopmentConfig(Config):\n    SESSION_COOKIE_SECURE = False', path: 'portal/config.py' }],
  invalid: [{ code: 'class ProductionConfig(Config):\n    SESSION_COOKIE_SECURE = False', path: 'portal/config.py', findings: [{ line: 2 }] }],
})

testRule(registered('crypto/tls-verify-disabled'), {
  valid: [{ code: 'client = paramiko.SSHClient()\nclient.load_system_host_keys()\nclient.set_missing_host_key_policy(paramiko.RejectPolicy())', path: 'ops/ssh.py' }],
  invalid: [{ code: 'client = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())', path: 'ops/ssh.py', findings: [{ line: 2 }] }],
})

testRule(registered('python/open-redirect'), {
  valid: [
    'def go():\n    nxt = request.args["next"]\n    if nxt in ALLOWED:\n        return redirect(nxt)\n    return redirect("/")',
    'def go():\n    nxt = request.args["next"]\n    if not is_safe_url(nxt):\n        abort(400)\n    return redirect(nxt)',
    'def go():\n    back = request.args.get("back", "/")\n    if urlparse(back).netloc or not back.startswith("/"):\n        back = "/"\n    return redirect(back)',
    'def go():\n    nxt = request.args["next"]\n    if is_unsafe_url(nxt):\n        abort(400)\n    return redirect(nxt)',
    // a prefix check that pins the host, or rules out protocol-relative `//host` next to it
    'def go():\n    nxt = request.args.get("next", "/")\n    if not nxt.startswith("/") or nxt.startswith("//"):\n        nxt = "/"\n    return redirect(nxt)',
    'def go():\n    nxt = request.args.get("next", "")\n    if nxt.startswith("https://app.example.com/"):\n        return redirect(nxt)\n    return redirect("/")',
    'def go():\n    nxt = request.args.get("next", "")\n    if nxt.startswith(("/account/", "/billing/")):\n        return redirect(nxt)\n    return redirect("/")',
    'from aiohttp import web\nasync def go(request):\n    raise web.HTTPFound("/albums")',
  ],
  invalid: [
    // `"//evil.example".startswith("/")` holds: a bare "/" prefix keeps the path, not the host
    { code: 'def go():\n    nxt = request.args.get("next", "")\n    if nxt.startswith("/"):\n        return redirect(nxt)\n    return redirect("/")', findings: [{ line: 4 }] },
    { code: 'def go():\n    target = request.form.get("next", "/")\n    if not target.startswith("/"):\n        target = "/"\n    return redirect(target)', findings: [{ line: 5 }] },
    { code: 'def go():\n    nxt = request.args.get("next", "")\n    if nxt.startswith("https://"):\n        return redirect(nxt)\n    return redirect("/")', findings: [{ line: 4 }] },
    { code: 'from aiohttp import web\nasync def go(request):\n    raise web.HTTPFound(request.query.get("next", "/"))', findings: [{ line: 3 }] },
    // the check guards its own branch only: the fall-through redirect takes the value unchecked
    { code: 'def go():\n    nxt = request.args.get("next", "")\n    if nxt.startswith("/") and not nxt.startswith("//"):\n        return redirect(nxt)\n    return redirect(nxt or "/")', findings: [{ line: 5 }] },
  ],
})

testRule(registered('python/sql-injection'), {
  valid: ['from fastapi import FastAPI\napp = FastAPI()\n@app.get("/e")\nasync def e(order: Literal["date", "title"] = "date", db=None):\n    return await db.execute(text(f"SELECT id FROM events ORDER BY {order}"))'],
  invalid: [{ code: 'from fastapi import FastAPI\napp = FastAPI()\n@app.get("/e")\nasync def e(order: str = "date", db=None):\n    return await db.execute(text(f"SELECT id FROM events ORDER BY {order}"))', findings: [{ line: 5 }] }],
})

// An anchored pattern with no wildcard (on the parameter or on a module-level alias) lets only the names it spells out through; a loose or unanchored one lets anything through.
const FASTAPI_E = 'from typing import Annotated\nfrom fastapi import FastAPI, Query\napp = FastAPI()\n'
testRule(registered('python/sql-injection'), {
  valid: [
    `${FASTAPI_E}@app.get("/e")\nasync def e(order: str = Query("date", pattern="^(date|title)$"), db=None):\n    return await db.execute(text(f"SELECT id FROM events ORDER BY {order}"))`,
    `${FASTAPI_E}Order = Annotated[str, Query(regex=r"^[a-z_]+$")]\n@app.get("/e")\nasync def e(order: Order = "date", db=None):\n    return await db.execute(text(f"SELECT id FROM events ORDER BY {order}"))`,
    `${FASTAPI_E}Order = Literal["date", "title"]\n@app.get("/e")\nasync def e(order: Order = "date", db=None):\n    return await db.execute(text(f"SELECT id FROM events ORDER BY {order}"))`,
  ],
  invalid: [
    { code: `${FASTAPI_E}@app.get("/e")\nasync def e(order: str = Query("date", pattern="^.*$"), db=None):\n    return await db.execute(text(f"SELECT id FROM events ORDER BY {order}"))`, findings: [{ line: 6 }] },
    { code: `${FASTAPI_E}Order = Annotated[str, Query(pattern="[a-z]+")]\n@app.get("/e")\nasync def e(order: Order = "date", db=None):\n    return await db.execute(text(f"SELECT id FROM events ORDER BY {order}"))`, findings: [{ line: 7 }] },
    { code: `${FASTAPI_E}Order = Annotated[str, Query(max_length=20)]\n@app.get("/e")\nasync def e(order: Order = "date", db=None):\n    return await db.execute(text(f"SELECT id FROM events ORDER BY {order}"))`, findings: [{ line: 7 }] },
  ],
})

// Django's identifier quoting makes a table name a name, never SQL of its own.
testRule(registered('python/sql-injection'), {
  valid: ['from django.db import connection\n\ndef purge(request):\n    table = connection.ops.quote_name(request.GET["t"])\n    with connection.cursor() as cur:\n        cur.execute(f"DELETE FROM {table} WHERE expired")'],
  invalid: [{ code: 'from django.db import connection\n\ndef purge(request):\n    table = connection.ops.quote(request.GET["t"])\n    with connection.cursor() as cur:\n        cur.execute(f"DELETE FROM {table} WHERE expired")', findings: [{ line: 6 }] }],
})

// Django views decode the body themselves: `json.loads(request.body)` is the client's JSON, not a stored record.
testRule(registered('python/sql-injection'), {
  valid: [
    'import json\ndef search(request, cursor):\n    body = json.loads(CONFIG_TEXT)\n    cursor.execute(f"SELECT id FROM notes WHERE tag = \'{body["tag"]}\'")',
    'import json\ndef search(request, cursor):\n    body = json.loads(request.body)\n    cursor.execute("SELECT id FROM notes WHERE tag = %s", (body["tag"],))',
  ],
  invalid: [{ code: 'import json\ndef search(request, cursor):\n    body = json.loads(request.body)\n    cursor.execute(f"SELECT id FROM notes WHERE tag = \'{body["tag"]}\'")', findings: [{ line: 4 }] }],
})

testRule(registered('python/prompt-injection'), {
  valid: ['import json\ndef ask(request):\n    body = json.loads(request.body)\n    return client.chat.completions.create(model="m", messages=[{"role": "system", "content": RULES}, {"role": "user", "content": body["q"]}])'],
  invalid: [{ code: 'import json\ndef ask(request):\n    body = json.loads(request.body)\n    return client.chat.completions.create(model="m", messages=[{"role": "system", "content": f"You are {body.get(\'persona\')}."}])', findings: [{ line: 4 }] }],
})

// Plural names hold the same secrets: `backup_codes()`, `recovery_keys`.
testRule(registered('crypto/insecure-random'), {
  valid: ['import random\ndef country_codes(n):\n    return random.sample(COUNTRIES, n)', 'import secrets, string\ndef backup_codes(n=10):\n    return ["".join(secrets.choice(string.digits) for _ in range(8)) for _ in range(n)]'],
  invalid: [{ code: 'import random\nimport string\n\ndef backup_codes(n=10):\n    return ["".join(random.sample(string.digits, 8)) for _ in range(n)]', path: 'auth/otp.py', findings: [{ line: 5 }] }],
})

// A constant spliced into an f-string is fixed text: the host of `f"{CDN}/{name}"` is the CDN's.
testRule(registered('python/open-redirect'), {
  valid: ['CDN = "https://images.example-cdn.com"\ndef img(request):\n    return redirect(f"{CDN}/{request.args[\'name\']}")'],
  invalid: [{ code: 'CDN = "https://images.example-cdn.com"\ndef img(request):\n    return redirect(f"{request.args[\'host\']}/{CDN}")', findings: [{ line: 3 }] }],
})

// A client made with a base URL from the request sends everything there; a fixed host with a client-chosen path does not.
testRule(registered('python/ssrf'), {
  valid: [
    'import httpx\n\n@app.get("/f")\ndef f():\n    with httpx.Client(base_url=f"https://api.example.com/{request.args[\'v\']}") as c:\n        return c.get("/health").text',
    'import httpx\n\n@app.get("/f")\ndef f():\n    with httpx.Client(base_url=settings.API_BASE, params={"q": request.args["q"]}) as c:\n        return c.get("/search").text',
    'import httpx\n\n@app.get("/p/<path:path>")\ndef p(path):\n    with httpx.Client(base_url=UPSTREAM) as c:\n        return c.get(f"/{path}").text',
  ],
  invalid: [
    { code: 'import httpx\n\n@app.get("/f")\ndef f():\n    with httpx.Client(base_url=request.args["base"]) as c:\n        return c.get("/health").text', findings: [{ line: 5 }] },
    { code: 'import aiohttp\n\nasync def f(request):\n    async with aiohttp.ClientSession(request.query["base"]) as s:\n        return await s.get("/ping")', findings: [{ line: 4 }] },
    { code: 'import httpx\n\n@app.get("/p")\ndef p():\n    with httpx.Client() as c:\n        return c.get(f"{request.args[\'scheme\']}://{request.args[\'host\']}/x").text', findings: [{ line: 6 }] },
  ],
})

// A Django form's `is_valid()` checks field types and lengths, not what the text says; an explicit allow-list check still counts.
testRule(registered('python/ssrf'), {
  valid: [
    { code: 'import requests\nfrom django import forms\n\nclass HookForm(forms.Form):\n    url = forms.URLField()\n\ndef hook(request):\n    form = HookForm(request.POST)\n    if form.is_valid():\n        url = form.cleaned_data["url"]\n        if urlparse(url).hostname not in PARTNER_HOSTS:\n            raise PermissionDenied\n        requests.post(url, timeout=5)', path: 'app/views.py' },
  ],
  invalid: [
    { code: 'import requests\nfrom django import forms\n\nclass HookForm(forms.Form):\n    url = forms.URLField()\n\ndef hook(request):\n    form = HookForm(request.POST)\n    if form.is_valid():\n        requests.post(form.cleaned_data["url"], timeout=5)', path: 'app/views.py', findings: [{ line: 10 }] },
  ],
})

// A Flask-WTF form built with no arguments reads `request.form` itself: its fields' `.data` is the client's text.
testRule(registered('python/shell-injection'), {
  valid: [
    { code: 'import subprocess\nfrom flask_wtf import FlaskForm\nfrom wtforms import StringField\n\nclass PingForm(FlaskForm):\n    host = StringField("host")\n\n@app.post("/ping")\ndef ping():\n    form = PingForm()\n    if form.validate_on_submit():\n        subprocess.run(["ping", "-c1", form.host.data], check=False)\n    return "ok"', path: 'app/views.py' },
  ],
  invalid: [
    { code: 'import subprocess\nfrom flask_wtf import FlaskForm\nfrom wtforms import StringField\n\nclass PingForm(FlaskForm):\n    host = StringField("host")\n\n@app.post("/ping")\ndef ping():\n    form = PingForm()\n    if form.validate_on_submit():\n        subprocess.run("ping -c1 " + form.host.data, shell=True)\n    return "ok"', path: 'app/views.py', findings: [{ line: 12 }] },
  ],
})

// A URL that starts with the deployment's own base (an environment variable, a settings field) keeps the host the operator chose.
testRule(registered('python/open-redirect'), {
  valid: [
    { code: 'from flask import request, redirect\nfrom app.config import settings\n\n@app.get("/docs")\ndef docs():\n    section = request.args["section"]\n    return redirect(f"{settings.docs_base_url}/guide/{section}")', path: 'app/views.py' },
    { code: 'import os\nfrom flask import request, redirect\n\n@app.get("/p")\ndef p():\n    page = request.args["page"]\n    return redirect(f"{os.environ[\'SITE_URL\']}/{page}")', path: 'app/views.py' },
  ],
  invalid: [
    // a variable merely named like a URL is still the client's
    { code: 'from flask import request, redirect\n\n@app.get("/go")\ndef go():\n    next_url = request.args["next_url"]\n    return redirect(f"{next_url}/welcome")', path: 'app/views.py', findings: [{ line: 6 }] },
    { code: 'from flask import request, redirect\n\n@app.get("/go")\ndef go():\n    return redirect(request.args["to"] + "/welcome")', path: 'app/views.py', findings: [{ line: 5 }] },
  ],
})

testRule(registered('python/ssrf'), {
  valid: [
    { code: 'import os\nimport requests\nfrom flask import request\nAPI_URL = os.environ["API_URL"]\n\n@app.get("/u")\ndef u():\n    uid = request.args["uid"]\n    return requests.get(API_URL + "/users/" + uid, timeout=3).json()', path: 'app/views.py' },
  ],
  invalid: [
    { code: 'import requests\nfrom flask import request\n\n@app.get("/u")\ndef u():\n    base = request.args["base"]\n    return requests.get(base + "/users/1", timeout=3).json()', path: 'app/views.py', findings: [{ line: 7 }] },
  ],
})

// A tar archive unpacked in a request handler is the client's, even when it was saved to a fixed path first.
testRule(registered('python/path-traversal'), {
  valid: [
    { code: 'import tarfile\nfrom litestar import post\n\n@post("/bundles")\nasync def bundle(data: UploadFile) -> dict:\n    ARCHIVE.write_bytes(await data.read())\n    with tarfile.open(ARCHIVE) as tar:\n        tar.extractall(DEST, filter="data")\n    return {}', path: 'app/api.py' },
    // outside a handler: a build step unpacking its own vendored archive
    { code: 'import tarfile\n\ndef unpack_vendor():\n    with tarfile.open("vendor/assets.tar.gz") as tar:\n        tar.extractall("build/assets")', path: 'scripts/build.py' },
  ],
  invalid: [
    { code: 'import tarfile\nfrom litestar import post\n\n@post("/bundles")\nasync def bundle(data: UploadFile) -> dict:\n    ARCHIVE.write_bytes(await data.read())\n    with tarfile.open(ARCHIVE) as tar:\n        tar.extractall(DEST)\n    return {}', path: 'app/api.py', findings: [{ line: 8 }] },
  ],
})

// FastAPI sends a returned string as JSON unless the route declares an HTML response class.
testRule(registered('python/xss'), {
  valid: [
    { code: 'from fastapi import APIRouter\nrouter = APIRouter()\n\n@router.get("/c")\ndef c(note: str = ""):\n    return f"<p>{note}</p>"', path: 'app/api.py' },
  ],
  invalid: [
    { code: 'from fastapi import APIRouter\nfrom fastapi.responses import HTMLResponse\nrouter = APIRouter()\n\n@router.get("/a", response_class=HTMLResponse)\ndef a(note: str = ""):\n    return f"<p>{note}</p>"', path: 'app/api.py', findings: [{ line: 7 }] },
    { code: 'from fastapi import APIRouter\nfrom fastapi.responses import HTMLResponse\nrouter = APIRouter()\n\n@router.get("/b", response_class=HTMLResponse)\ndef b(note: str = ""):\n    return f"Note: {note}"', path: 'app/api.py', findings: [{ line: 7 }] },
  ],
})

// An AWS Lambda handler's event is what API Gateway, SQS or another caller sent.
testRule(registered('python/ssrf'), {
  valid: [
    { code: 'import requests\n\ndef lambda_handler(event, context):\n    requests.get(HEALTH_URL, timeout=5)\n    return {"statusCode": 200}', path: 'functions/handler.py' },
    // not the Lambda signature
    { code: 'import requests\n\ndef replay(event, url):\n    requests.get(url, timeout=5)', path: 'functions/handler.py' },
  ],
  invalid: [
    { code: 'import requests\n\ndef lambda_handler(event, context):\n    params = event.get("queryStringParameters") or {}\n    requests.get(params["url"], timeout=5)\n    return {"statusCode": 200}', path: 'functions/handler.py', findings: [{ line: 5 }] },
    { code: 'import json\nimport requests\n\ndef handler(event, _context):\n    for record in event["Records"]:\n        payload = json.loads(record["body"])\n        requests.get(payload["callback"], timeout=5)', path: 'functions/handler.py', findings: [{ line: 7 }] },
  ],
})

// What a lookup by the client's words returns is stored records, not the words.
testRule(registered('python/open-redirect'), {
  valid: [
    { code: 'from sqlalchemy import text\nfrom fastapi.responses import RedirectResponse\n\n@router.get("/s/{code}")\nasync def follow(code: str, db=Depends(get_db)):\n    row = (await db.execute(text("SELECT target FROM links WHERE code = :c"), {"c": code})).first()\n    return RedirectResponse(row.target)', path: 'api/share.py' },
  ],
  invalid: [
    { code: 'from fastapi import Request\nfrom fastapi.responses import RedirectResponse\n\n@router.get("/go")\nasync def go(request: Request):\n    return RedirectResponse(request.query_params.get("to", "/"))', path: 'api/share.py', findings: [{ line: 6 }] },
  ],
})

testRule(registered('python/prompt-injection'), {
  valid: [
    { code: 'from .kb import search_articles\n\n@router.post("/ask")\ndef ask(q: Question):\n    context = "\\n".join(a.body for a in search_articles(q.message, limit=3))\n    return client.chat.completions.create(model=M, messages=[{"role": "system", "content": f"Articles:\\n{context}"}, {"role": "user", "content": q.message}])', path: 'support/agent.py' },
  ],
  invalid: [
    { code: 'from .text import shorten\n\n@router.post("/ask")\ndef ask(q: Question):\n    topic = shorten(q.message)\n    return client.chat.completions.create(model=M, messages=[{"role": "system", "content": f"Topic: {topic}"}, {"role": "user", "content": q.message}])', path: 'support/agent.py', findings: [{ line: 6 }] },
  ],
})

// An uploaded archive's member names are the client's text; the upload itself is a file object, not a path.
testRule(registered('python/path-traversal'), {
  valid: [
    { code: 'import zipfile\n\n@bp.post("/import")\ndef imp():\n    archive = request.files["archive"]\n    with zipfile.ZipFile(archive) as zf:\n        return {"names": zf.namelist()}', path: 'app/routes.py' },
    { code: 'import os, zipfile\n\n@bp.post("/import")\ndef imp():\n    with zipfile.ZipFile(request.files["archive"].stream) as zf:\n        for name in zf.namelist():\n            with open(os.path.join(DEST, os.path.basename(name)), "wb") as fh:\n                fh.write(zf.read(name))\n    return {}', path: 'app/routes.py' },
  ],
  invalid: [
    { code: 'import zipfile\n\n@bp.post("/import")\ndef imp():\n    with zipfile.ZipFile(request.files["archive"].stream) as zf:\n        for name in zf.namelist():\n            with open(DEST / name, "wb") as fh:\n                fh.write(zf.read(name))\n    return {}', path: 'app/routes.py', findings: [{ line: 7 }] },
    { code: 'import os, shutil, zipfile\n\n@bp.post("/import")\ndef imp():\n    with zipfile.ZipFile(request.files["archive"]) as zf:\n        for info in zf.infolist():\n            with zf.open(info) as src, open(os.path.join(DEST, info.filename), "wb") as fh:\n                shutil.copyfileobj(src, fh)\n    return {}', path: 'app/routes.py', findings: [{ line: 7 }] },
  ],
})

// A Django form's or DRF serializer's cleaned data: fields typed as numbers or choices hold no text; the others do.
const PERIOD_SERIALIZER = 'from rest_framework import serializers\nfrom django.db import connection\n\nclass PeriodSerializer(serializers.Serializer):\n    year = serializers.IntegerField(min_value=2000)\n    order = serializers.ChoiceField(choices=["asc", "desc"])\n    memo = serializers.CharField()\n\n'
const REPORT_FORM = 'from django import forms\nfrom django.db import connection\n\nclass ReportForm(forms.Form):\n    limit = forms.IntegerField()\n    title = forms.CharField()\n\n'
testRule(registered('python/sql-injection'), {
  valid: [
    { path: 'app/views.py', code: `${PERIOD_SERIALIZER}def monthly(request):\n    period = PeriodSerializer(data=request.query_params)\n    period.is_valid(raise_exception=True)\n    year = period.validated_data["year"]\n    with connection.cursor() as cur:\n        cur.execute(f"SELECT * FROM entries WHERE year = {year} ORDER BY id {period.validated_data['order']}")` },
    { path: 'app/views.py', code: `${REPORT_FORM}def report(request):\n    form = ReportForm(request.GET)\n    if form.is_valid():\n        with connection.cursor() as cur:\n            cur.execute("SELECT * FROM reports LIMIT %d" % form.cleaned_data["limit"])` },
  ],
  invalid: [
    { path: 'app/views.py', code: `${PERIOD_SERIALIZER}def monthly(request):\n    period = PeriodSerializer(data=request.query_params)\n    period.is_valid(raise_exception=True)\n    memo = period.validated_data["memo"]\n    with connection.cursor() as cur:\n        cur.execute(f"SELECT * FROM entries WHERE memo = '{memo}'")`, findings: [{ line: 14 }] },
    { path: 'app/views.py', code: `${REPORT_FORM}def report(request):\n    form = ReportForm(request.GET)\n    if form.is_valid():\n        with connection.cursor() as cur:\n            cur.execute("SELECT * FROM reports WHERE title = '%s'" % form.cleaned_data["title"])`, findings: [{ line: 12 }] },
  ],
})

// Streamlit: what a visitor types or uploads is theirs; a select box returns one of the code's own options.
testRule(registered('python/ssrf'), {
  valid: ['import requests\nimport streamlit as st\nregion = st.selectbox("Region", ["eu", "us"])\nresp = requests.get(f"https://{region}.api.example.com/status", timeout=5)'],
  invalid: [
    { code: 'import requests\nimport streamlit as st\nurl = st.text_input("Feed URL")\nresp = requests.get(url, timeout=5)', findings: [{ line: 4 }] },
    { code: 'import requests\nimport streamlit as st\nnxt = st.query_params["callback"]\nrequests.post(nxt, json={})', findings: [{ line: 4 }] },
  ],
})

testRule(registered('python/xss'), {
  valid: [
    'import streamlit as st\nnote = st.text_area("Note")\nst.markdown(f"**Note:** {note}")',
    'import html\nimport streamlit as st\nnote = st.text_area("Note")\nst.markdown(f"<b>{html.escape(note)}</b>", unsafe_allow_html=True)',
  ],
  invalid: [
    { code: 'import streamlit as st\nnote = st.sidebar.text_input("Note")\nst.markdown(f"<div>{note}</div>", unsafe_allow_html=True)', findings: [{ line: 3 }] },
    { code: 'import streamlit as st\nimport streamlit.components.v1 as components\nsnippet = st.text_area("Embed")\ncomponents.html(snippet, height=200)', findings: [{ line: 4 }] },
  ],
})

// fabric: a connection opened in a with statement runs its commands in the remote shell.
testRule(registered('python/shell-injection'), {
  valid: ['import shlex\nfrom fabric import Connection\ndef tail(request, host):\n    unit = request.GET["unit"]\n    with Connection(host) as conn:\n        conn.run(f"journalctl -u {shlex.quote(unit)} -n 50")'],
  invalid: [
    { code: 'from fabric import Connection\ndef tail(request, host):\n    unit = request.GET["unit"]\n    with Connection(host) as conn:\n        conn.run(f"journalctl -u {unit} -n 50")', findings: [{ line: 5 }] },
    { code: 'from fabric import ThreadingGroup\ndef restart(request):\n    svc = request.POST["svc"]\n    ThreadingGroup("web1", "web2").sudo("systemctl restart " + svc)', findings: [{ line: 4 }] },
  ],
})

// Tortoise's raw connection calls and Airflow's database hooks take SQL text; a DAG run's conf is what its trigger passed.
testRule(registered('python/sql-injection'), {
  valid: [
    'from tortoise import Tortoise\n@get("/p")\nasync def by_sku(sku: str):\n    conn = Tortoise.get_connection("default")\n    return await conn.execute_query_dict("SELECT sku FROM product WHERE sku = $1", [sku])',
    'from airflow.providers.postgres.hooks.postgres import PostgresHook\ndef load(**context):\n    day = context["dag_run"].conf.get("day")\n    PostgresHook(postgres_conn_id="wh").run("DELETE FROM load_log WHERE day = %s", parameters=(day,))',
    'from airflow.providers.postgres.hooks.postgres import PostgresHook\ndef load(**context):\n    hook = PostgresHook(postgres_conn_id="wh")\n    hook.run(f"TRUNCATE staging.{TABLE}")',
  ],
  invalid: [
    { code: 'from tortoise import Tortoise\n@get("/p")\nasync def search(q: str):\n    conn = Tortoise.get_connection("default")\n    return await conn.execute_query_dict(f"SELECT sku FROM product WHERE name LIKE \'%{q}%\'")', findings: [{ line: 5 }] },
    { code: 'from airflow.providers.postgres.hooks.postgres import PostgresHook\ndef load(**context):\n    table = context["dag_run"].conf.get("table")\n    hook = PostgresHook(postgres_conn_id="wh")\n    hook.run(f"TRUNCATE staging.{table}")', findings: [{ line: 5 }] },
  ],
})

testRule(registered('python/template-injection'), {
  valid: ['from jinja2 import Template\ndef execute(context):\n    conf = context["dag_run"].conf or {}\n    return Template("Loaded {{ n }}").render(n=conf.get("n"))'],
  invalid: [{ code: 'from jinja2 import Template\ndef execute(context):\n    conf = context["dag_run"].conf or {}\n    return Template(conf.get("summary", "Loaded")).render(n=1)', findings: [{ line: 4 }] }],
})

// boto3: an object key the client sends whole reaches any object in the bucket; a key built under a prefix does not.
testRule(registered('python/path-traversal'), {
  valid: [
    'import boto3\ns3 = boto3.client("s3")\n@app.get("/dl")\ndef dl():\n    key = f"users/{current_user.id}/{request.args[\'name\']}"\n    return {"url": s3.generate_presigned_url("get_object", Params={"Bucket": B, "Key": key}, ExpiresIn=60)}',
    'import boto3\ns3 = boto3.client("s3")\n@app.delete("/f")\ndef rm():\n    s3.delete_object(Bucket=B, Key=user_prefix() + request.args["name"])',
    'import boto3\ns3 = boto3.client("s3")\n@app.get("/f")\ndef get():\n    return s3.get_object(Bucket=B, Key=f"exports/{int(request.args[\'id\'])}.csv")["Body"].read()',
  ],
  invalid: [
    { code: 'import boto3\ns3 = boto3.client("s3")\n@app.get("/dl")\ndef dl():\n    key = request.args["key"]\n    return {"url": s3.generate_presigned_url("get_object", Params={"Bucket": B, "Key": key}, ExpiresIn=60)}', findings: [{ line: 6 }] },
    { code: 'import boto3\ns3 = boto3.client("s3")\n@app.delete("/f/<path:key>")\ndef rm(key):\n    s3.delete_object(Bucket=B, Key=key)', findings: [{ line: 5 }] },
    { code: 'import boto3\ns3 = boto3.client("s3")\n@app.get("/f")\ndef get():\n    s3.download_file(B, request.args["key"], "/tmp/x")', findings: [{ line: 5 }] },
  ],
})

// A signing helper whose own MD5 of a secret is reported where it hashes; its callers are the same flaw.
testRule(registered('crypto/weak-password-hash'), {
  valid: [],
  invalid: [
    { code: 'import hashlib\ndef _legacy_sign(secret, body):\n    return hashlib.md5(secret.encode() + body).hexdigest()\ndef deliver(sub, body):\n    headers = {}\n    headers["X-Signature"] = _legacy_sign(sub.secret, body)\n    return headers', findings: [{ line: 3 }] },
    // the helper hashes nothing named secret, so the digest stored as a signature is the finding
    { code: 'import hashlib\ndef _digest(a, b):\n    return hashlib.md5(a + b).hexdigest()\ndef deliver(email, stamp):\n    headers = {}\n    headers["X-Signature"] = _digest(email, stamp)\n    return headers', findings: [{ line: 6 }] },
  ],
})

// A record's key (`export.id`, `order.pk`) is a number or a UUID; its other fields, and an id the request sent, are text.
testRule(registered('python/shell-injection'), {
  valid: ['import subprocess\ndef build(export_id):\n    export = Export.get(export_id)\n    subprocess.run(f"gzip -f /srv/exports/{export.id}.csv", shell=True, check=True)'],
  invalid: [
    { code: 'import subprocess\ndef build(export_id):\n    export = Export.get(export_id)\n    subprocess.run(f"gzip -f /srv/exports/{export.name}.csv", shell=True, check=True)', findings: [{ line: 4 }] },
    { code: 'import subprocess\nfrom flask import request\n@app.post("/z")\ndef z():\n    job = request.get_json()\n    subprocess.run(f"gzip -f /srv/exports/{job.id}.csv", shell=True, check=True)', findings: [{ line: 6 }] },
  ],
})

// Masonite: `request.input()`, `request.param()` and `request.all()` are the client's; `response.redirect`, `response.download`
// and `response.view` are its redirect, file and HTML sinks (only in a module that imports masonite).
const masonite = (body: string): string =>
  `import os\n\nfrom masonite.controllers import Controller\nfrom masonite.request import Request\nfrom masonite.response import Response\n\n\nclass InvoiceController(Controller):\n${body}`

testRule(registered('python/open-redirect'), {
  valid: [
    { code: masonite('    def void(self, request: Request, response: Response):\n        return response.redirect(name="invoices.index")\n'), path: 'app/controllers/InvoiceController.py' },
    // Not Masonite's response: a mail client's `redirect` of a message.
    { code: 'def forward(request, response):\n    return response.redirect(request.input("to"))\n', path: 'app/mail.py' },
  ],
  invalid: [
    { code: masonite('    def paid(self, request: Request, response: Response):\n        return response.redirect(request.input("return_to", "/invoices"))\n'), path: 'app/controllers/InvoiceController.py', findings: [{ line: 10 }] },
  ],
})

testRule(registered('python/path-traversal'), {
  valid: [
    { code: masonite('    def download(self, request: Request, response: Response):\n        name = f"invoice-{int(request.param(\'id\'))}.csv"\n        return response.download(name, os.path.join(EXPORT_DIR, name))\n'), path: 'app/controllers/InvoiceController.py' },
  ],
  invalid: [
    { code: masonite('    def download(self, request: Request, response: Response):\n        name = request.param("filename")\n        return response.download(name, os.path.join(EXPORT_DIR, name))\n'), path: 'app/controllers/InvoiceController.py', findings: [{ line: 11 }] },
  ],
})

testRule(registered('python/xss'), {
  valid: [
    { code: masonite('    def note(self, request: Request, response: Response):\n        return response.view(f"<div class=\'note\'>{html.escape(request.input(\'note\', \'\'))}</div>")\n'), path: 'app/controllers/NoteController.py' },
    // Litestar's `MediaType.JSON` answers with JSON, whatever the text holds.
    'from litestar import MediaType, Response, get\n@get("/b")\nasync def b(q: str = "") -> Response:\n    return Response(content=f"<b>{q}</b>", media_type=MediaType.JSON)',
    // Bottle's `html_escape` escapes markup.
    'import bottle\n@app.get("/hello/<name>")\ndef hello(name):\n    return "<p>Hello " + bottle.html_escape(name) + "</p>"',
  ],
  invalid: [
    { code: masonite('    def note(self, request: Request, response: Response):\n        note = request.input("note", "")\n        return response.view(f"<div class=\'note\'>{note}</div>")\n'), path: 'app/controllers/NoteController.py', findings: [{ line: 11 }] },
    { code: 'from litestar import MediaType, Response, get\n@get("/b")\nasync def b(q: str = "") -> Response:\n    return Response(content=f"<b>{q}</b>", media_type=MediaType.HTML)', findings: [{ line: 4 }] },
  ],
})

// CherryPy's module-level `cherrypy.request`, and web.py: `web.input()`, `web.data()`, a URL class's `GET`/`POST` (its groups after `self`),
// `raise web.seeother(url)` and Templetor's `web.template.Template(text)`.
const webpy = (body: string): string => `import web\n\nurls = ("/item/(.*)", "Item")\n\n\nclass Item:\n${body}`

testRule(registered('python/xss'), {
  valid: [
    'import html\nimport cherrypy\n\nclass Root:\n    @cherrypy.expose\n    def find(self):\n        q = cherrypy.request.params.get("q", "")\n        return f"<p>{html.escape(q)}</p>"',
    webpy('    def GET(self, slug):\n        return "<h2>" + web.websafe(slug) + "</h2>"\n'),
    // Uppercase methods of a module that is not web.py's.
    'class Item:\n    def GET(self, slug):\n        return "<h2>" + slug + "</h2>"',
  ],
  invalid: [
    { code: 'import cherrypy\n\nclass Root:\n    @cherrypy.expose\n    def find(self):\n        q = cherrypy.request.params.get("q", "")\n        return f"<p>{q}</p>"', findings: [{ line: 7 }] },
    { code: webpy('    def GET(self, slug):\n        return "<h2>" + slug + "</h2>"\n'), findings: [{ line: 8 }] },
    { code: webpy('    def GET(self, slug):\n        i = web.input(name="")\n        return f"<h1>{i.name}</h1>"\n'), findings: [{ line: 9 }] },
  ],
})

testRule(registered('python/open-redirect'), {
  valid: [webpy('    def GET(self, slug):\n        raise web.seeother("/items")\n')],
  invalid: [{ code: webpy('    def GET(self, slug):\n        raise web.seeother(web.input(to="/").to)\n'), findings: [{ line: 8 }] }],
})

testRule(registered('python/template-injection'), {
  valid: [webpy('    def POST(self, slug):\n        return web.template.render("templates/").item(slug=slug, body=web.data())\n')],
  invalid: [{ code: webpy('    def POST(self, slug):\n        return web.template.Template(web.data().decode())()\n'), findings: [{ line: 8 }] }],
})

testRule(registered('python/shell-injection'), {
  valid: [],
  invalid: [{ code: 'import subprocess\nimport cherrypy\n\nclass Root:\n    @cherrypy.expose\n    def echo(self):\n        body = cherrypy.request.body.read().decode()\n        return subprocess.check_output("echo " + body, shell=True)', findings: [{ line: 8, message: /cherrypy\.request\.body/ }] }],
})

// `shutil.unpack_archive` unpacks tars through tarfile with member names as written, unless told `filter=`.
testRule(registered('python/path-traversal'), {
  valid: [
    { code: 'import shutil\nfrom litestar import post\n\n@post("/restore")\nasync def restore(data: UploadFile) -> dict:\n    path = os.path.join(UPLOADS, "restore.tar.gz")\n    Path(path).write_bytes(await data.read())\n    shutil.unpack_archive(path, "/srv/restore", filter="data")\n    return {}', path: 'app/api.py' },
    // zipfile drops `..` and absolute member names.
    { code: 'import shutil\nfrom litestar import post\n\n@post("/restore")\nasync def restore(data: UploadFile) -> dict:\n    path = os.path.join(UPLOADS, "restore.zip")\n    Path(path).write_bytes(await data.read())\n    shutil.unpack_archive(path, "/srv/restore", "zip")\n    return {}', path: 'app/api.py' },
    // The release job unpacks the build's own archive.
    { code: 'import shutil\n\ndef install(version):\n    shutil.unpack_archive(f"dist/app-{int(version)}.tar.gz", "/opt/app")\n', path: 'scripts/install.py' },
  ],
  invalid: [
    { code: 'import shutil\nfrom litestar import post\n\n@post("/restore")\nasync def restore(data: UploadFile) -> dict:\n    path = os.path.join(UPLOADS, "restore.tar.gz")\n    Path(path).write_bytes(await data.read())\n    shutil.unpack_archive(path, "/srv/restore")\n    return {}', path: 'app/api.py', findings: [{ line: 8 }] },
    // The client's file name picks the format.
    { code: 'import shutil\nfrom flask import request\n\n@app.post("/import")\ndef import_bundle():\n    f = request.files["bundle"]\n    saved = os.path.join(UPLOADS, secure_filename(f.filename))\n    f.save(saved)\n    shutil.unpack_archive(saved, IMPORT_DIR)\n    return "", 204', path: 'app/views.py', findings: [{ line: 9 }] },
  ],
})

testRule(registered('python/template-injection'), {
  valid: ['from litestar import Request, get\nfrom litestar.response import Template\n\n@get("/page")\nasync def page(request: Request) -> Template:\n    return Template(template_name="page.html", context={"t": request.query_params.get("t", "")})'],
  invalid: [{ code: 'from litestar import Request, get\nfrom litestar.response import Template\n\n@get("/page")\nasync def page(request: Request) -> Template:\n    return Template(template_str=request.query_params.get("t", ""), context={})', findings: [{ line: 6 }] }],
})

// Pyramid's `FileResponse(path)` and Quart's `send_file(path)` send the file at a path; Falcon's and werkzeug's `resp.location = url` redirects.
testRule(registered('python/path-traversal'), {
  valid: [
    'from pyramid.response import FileResponse\n@view_config(route_name="dl")\ndef dl(request):\n    name = os.path.basename(request.matchdict["name"])\n    return FileResponse(os.path.join(FILES, name), request=request)',
    'from quart import request, send_from_directory\n@app.get("/dl")\nasync def dl():\n    return await send_from_directory(DOCS, request.args["f"])',
  ],
  invalid: [
    { code: 'from pyramid.response import FileResponse\n@view_config(route_name="dl")\ndef dl(request):\n    name = request.matchdict["name"]\n    return FileResponse(os.path.join(FILES, name), request=request)', findings: [{ line: 5 }] },
    { code: 'from quart import request, send_file\n@app.get("/dl")\nasync def dl():\n    return await send_file(os.path.join(DOCS, request.args["f"]))', findings: [{ line: 4 }] },
  ],
})

testRule(registered('python/open-redirect'), {
  valid: [
    'import falcon\nclass Login:\n    def on_get(self, req, resp):\n        resp.location = "/login"\n        resp.status = falcon.HTTP_302',
    // Outside a handler `res` is whatever the code named so: a geocoder's result here.
    'def locate(request):\n    res = GeoResult()\n    res.location = request.args["city"]\n    return res',
    // A record's own `location` field is no response header.
    'import falcon\nclass Shop:\n    def on_post(self, req, resp):\n        shop = Shop()\n        shop.location = req.get_param("city")\n        resp.media = {"ok": True}',
  ],
  invalid: [
    { code: 'import falcon\nclass Done:\n    def on_get(self, req, resp):\n        resp.location = req.get_param("next")\n        resp.status = falcon.HTTP_302', findings: [{ line: 4 }] },
  ],
})

// An argument list grown in a branch (`cmd += ["--language", code]`): the program is still the literal it starts with.
const WHISPER = 'import subprocess\nfrom flask import request\n@app.post("/transcribe")\ndef transcribe():\n    lang = request.form.get("lang")\n'

testRule(registered('python/shell-injection'), {
  valid: [
    `${WHISPER}    cmd = ["whisper", request.form["path"], "--model", "base"]\n    if lang:\n        cmd += ["--language", lang]\n    subprocess.run(cmd, check=True)`,
    `${WHISPER}    if lang:\n        cmd = ["whisper", "--language", lang]\n    else:\n        cmd = ["whisper"]\n    cmd += ["in.wav"]\n    subprocess.run(cmd, check=True)`,
  ],
  invalid: [
    // the program itself is the client's
    { code: `${WHISPER}    cmd = [request.form["tool"], "in.wav"]\n    if lang:\n        cmd += ["--language", lang]\n    subprocess.run(cmd, check=True)`, findings: [{ line: 9 }] },
    // a shell as the program runs the client's script
    { code: `${WHISPER}    cmd = ["sh", "-c", f"whisper in.wav --language {lang}"]\n    if lang:\n        cmd += ["--verbose"]\n    subprocess.run(cmd, check=True)`, findings: [{ line: 9 }] },
    // rebound to a string in one branch
    { code: `${WHISPER}    cmd = ["whisper", "in.wav"]\n    if lang:\n        cmd = f"whisper in.wav --language {lang}"\n    subprocess.run(cmd, shell=True)`, findings: [{ line: 9 }] },
  ],
})
