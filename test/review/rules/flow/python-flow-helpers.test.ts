/**
 * Python flows through helpers defined in the same file (request data handed to a function or a
 * method of a class defined here), async and ORM drivers that take SQL text, client objects kept
 * on `self`, template classes of engines other than jinja2's bare `Template`, and responses that
 * are HTML by default.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

testRule(registered('python/ssrf'), {
  valid: [
    // The helper is only ever called with a fixed URL.
    { code: 'import requests\n\nclass Notifier:\n    def __init__(self):\n        self.session = requests.Session()\n\n    def deliver(self, url, payload):\n        return self.session.post(url, json=payload)\n\nnotifier = Notifier()\n\n@bp.post("/x")\ndef x():\n    notifier.deliver("https://hooks.example.com/a", request.json)\n    return {}', path: 'hooks.py' },
    // A method of another library with the same name is not this file's helper.
    { code: 'import requests\n\nclass Notifier:\n    def deliver(self, url):\n        return requests.post(url)\n\n@bp.post("/x")\ndef x():\n    mailer.deliver(request.json["to"])\n    return {}', path: 'hooks.py' },
    { code: 'import urllib3\nhttp = urllib3.PoolManager()\n\n@bp.get("/x")\ndef x():\n    return http.request("GET", "https://api.example.com/v1/" + request.args["id"]).data', path: 'app.py' },
  ],
  invalid: [
    { code: 'import requests\n\nclass Notifier:\n    def __init__(self):\n        self.session = requests.Session()\n\n    def deliver(self, url, payload):\n        return self.session.post(url, json=payload)\n\nnotifier = Notifier()\n\n@bp.post("/x")\ndef x():\n    notifier.deliver(request.json["callback"], {"ok": True})\n    return {}', path: 'hooks.py', findings: [{ line: 8 }] },
    { code: 'import requests\n\ndef fetch(target):\n    return requests.get(target, timeout=5).text\n\n@bp.get("/x")\ndef x():\n    return fetch(target=request.args["u"])', path: 'app.py', findings: [{ line: 4 }] },
    { code: 'import urllib3\nhttp = urllib3.PoolManager()\n\n@bp.get("/x")\ndef x():\n    return http.request("GET", request.args["url"]).data', path: 'app.py', findings: [{ line: 6 }] },
  ],
})

testRule(registered('python/sql-injection'), {
  valid: [
    'async def one(conn, rid):\n    return await conn.fetchrow("SELECT * FROM reports WHERE id = $1", rid)',
    'def purge(engine, status):\n    with engine.begin() as conn:\n        conn.exec_driver_sql("DELETE FROM r WHERE status = %(s)s", {"s": status})',
    'async def page(client, url):\n    return await client.fetch(url)',
    // A script's helper that every call fills with literal table names.
    { code: 'def table_counts(conn, tables):\n    with conn.cursor() as cur:\n        for table in tables:\n            cur.execute(f"SELECT count(*) FROM {table}")\n\nif __name__ == "__main__":\n    table_counts(connect(), ["ledger", "payouts"])', path: 'scripts/counts.py' },
    // Annotated with a class from elsewhere: its same-named method is not this file's helper.
    // (The parameter is not named for a sort key: such a parameter in text() is reported by its name.)
    { code: 'from sqlalchemy import text\n\nclass Orders:\n    def listed(self, clause):\n        return self.session.scalars(select(Order).order_by(text(clause))).all()\n\n@router.get("/orders")\ndef orders(sort: str, repo: OrderStore = Depends()):\n    return repo.listed(sort)', path: 'api/orders.py' },
  ],
  invalid: [
    { code: 'async def by_customer(conn, customer):\n    return await conn.fetch(f"SELECT * FROM reports WHERE customer = \'{customer}\'")', findings: [{ line: 2 }] },
    { code: 'def purge(engine, status):\n    with engine.begin() as conn:\n        conn.exec_driver_sql(f"DELETE FROM r WHERE status = \'{status}\'")', findings: [{ line: 3 }] },
    { code: 'async def rows(database, q):\n    return await database.fetch_all(query="SELECT * FROM notes WHERE body LIKE \'%" + q + "%\'")', findings: [{ line: 2 }] },
    { code: '@bp.get("/p")\ndef p():\n    return db.execute_sql("SELECT id FROM product WHERE sku = \'" + request.args["sku"] + "\'").fetchall()', findings: [{ line: 3 }] },
    // One call passes a name from elsewhere, or the helper is handed on: not every caller is in view.
    { code: 'def table_counts(conn, tables):\n    with conn.cursor() as cur:\n        for table in tables:\n            cur.execute(f"SELECT count(*) FROM {table}")\n\nif __name__ == "__main__":\n    table_counts(connect(), ["ledger"])\n    table_counts(connect(), extra_tables)', path: 'scripts/counts.py', findings: [{ line: 4 }] },
    { code: 'def table_counts(conn, tables):\n    with conn.cursor() as cur:\n        for table in tables:\n            cur.execute(f"SELECT count(*) FROM {table}")\n\nif __name__ == "__main__":\n    table_counts(connect(), ["ledger"])\n    run_later(table_counts)', path: 'scripts/counts.py', findings: [{ line: 4 }] },
    { code: 'def table_counts(conn, tables):\n    with conn.cursor() as cur:\n        for table in tables:\n            cur.execute(f"SELECT count(*) FROM {table}")\n\ndef report(conn):\n    return table_counts(conn, ["ledger"])', path: 'app/stats.py', findings: [{ line: 4 }] },
    // A route's dependency annotated with a repository class defined here is an instance of it.
    { code: 'from sqlalchemy import select, text\n\nclass Orders:\n    def __init__(self, session):\n        self.session = session\n\n    def listed(self, sort):\n        return self.session.scalars(select(Order).order_by(text(sort))).all()\n\n@router.get("/orders")\ndef orders(sort: str = "id", repo: Orders = Depends(get_orders)):\n    return repo.listed(sort)', path: 'api/orders.py', findings: [{ line: 8 }] },
    { code: 'from typing import Annotated\nfrom sqlalchemy import text\n\nclass Orders:\n    def listed(self, sort):\n        return self.session.scalars(select(Order).order_by(text(sort))).all()\n\n@router.get("/orders")\ndef orders(sort: str, repo: Annotated[Orders, Depends()]):\n    return repo.listed(sort)', path: 'api/orders.py', findings: [{ line: 6 }] },
  ],
})

testRule(registered('python/template-injection'), {
  valid: [
    'from mako.template import Template\nT = Template(filename="mail.txt")',
    'from django.template import Template\nBADGE = Template("<b>{{ label }}</b>")',
    'from mako.template import Template\n\n@bp.post("/p")\ndef p():\n    return Template("Hello ${name}").render(name=request.form["name"])',
  ],
  invalid: [
    { code: 'from mako.template import Template as MakoTemplate\n\n@bp.post("/p")\ndef p():\n    return MakoTemplate(text=request.form["t"]).render()', findings: [{ line: 5 }] },
    { code: 'from django.template import Template, Context\n\ndef preview(request):\n    return HttpResponse(Template(request.POST["t"]).render(Context({})))', path: 'campaigns/views.py', findings: [{ line: 4 }] },
    { code: 'import jinja2\n\n@bp.post("/p")\ndef p():\n    return jinja2.Template(request.get_json()["subject"]).render()', findings: [{ line: 5 }] },
    { code: 'from django.template import Engine\n\ndef preview(request):\n    engine = Engine.get_default()\n    return HttpResponse(engine.from_string(request.POST["s"]).render(Context({})))', path: 'campaigns/views.py', findings: [{ line: 5 }] },
  ],
})

// A code that names a look or a category is not a secret; a verification code is.
testRule(registered('crypto/insecure-random'), {
  valid: [
    { code: 'import random\n\ndef swatch():\n    color_code = "#%06x" % random.randint(0, 0xFFFFFF)\n    return color_code', path: 'app.py' },
    // One of several keys made elsewhere, picked by a choice or an index: it spreads load and makes no secret.
    { code: 'import random\n\ndef pick_key():\n    api_key = random.choice(settings.PARTNER_API_KEYS)\n    return api_key', path: 'app.py' },
    { code: 'import random\n\ndef pick_proxy_token(tokens):\n    token = tokens[random.randrange(len(tokens))]\n    return token', path: 'app.py' },
    // Names that label or place a value, and helpers that only need variety.
    { code: 'import random\n\ndef session_name():\n    return f"{random.choice(ADJECTIVES)}-{random.choice(NOUNS)}"\n\ndef pick_shard():\n    shard_key = random.randint(0, 15)\n    return shard_key', path: 'app.py' },
    { code: 'import random\n\ndef cache_bust_token():\n    return str(random.randint(0, 10**6))\n\ndef demo_password_for_seed():\n    password = random.choice(WORDS) + str(random.randint(10, 99))\n    return password', path: 'app.py' },
  ],
  invalid: [{ code: 'import random\n\ndef sms():\n    verification_code = str(random.randint(100000, 999999))\n    return verification_code', path: 'app.py', findings: [{ line: 4 }] }],
})

// A value made by a helper named for a look or for timing is that, even in what a secret-named function returns.
testRule(registered('crypto/insecure-random'), {
  valid: [
    { code: 'import random\nimport secrets\n\ndef pick_token_color(label):\n    return random.choice(COLORS)\n\ndef create_api_key(request):\n    raw = "ak_" + secrets.token_urlsafe(24)\n    return JsonResponse({"key": raw, "color": pick_token_color(raw[:8])})', path: 'app.py' },
  ],
  invalid: [
    { code: 'import random\nimport string\n\ndef _random_text(n):\n    return "".join(random.choices(string.ascii_letters, k=n))\n\ndef create_api_key(request):\n    raw = "ak_" + _random_text(24)\n    return JsonResponse({"key": raw})', path: 'app.py', findings: [{ line: 8 }] },
  ],
})

// One flaw, one finding: a secret-named helper's own return is the finding when the change added it;
// a caller of a helper the change left alone is the only place the change touches the flaw.
testRule(registered('crypto/insecure-random'), {
  valid: [],
  invalid: [
    { code: 'import random\n\ndef new_reset_token():\n    return "".join(random.choices("abc", k=40))\n\ndef start(user):\n    token = new_reset_token()\n    send(user, token)', path: 'accounts.py', findings: [{ line: 4 }] },
    { code: 'import random\n\nclass Tokens:\n    def make_token(self):\n        return "%x" % random.getrandbits(64)\n\n    def issue(self, user):\n        user.api_token = self.make_token()', path: 'accounts.py', findings: [{ line: 5 }] },
    {
      code: '',
      path: 'accounts.py',
      diff: 'diff --git a/accounts.py b/accounts.py\n--- a/accounts.py\n+++ b/accounts.py\n@@ -1,4 +1,7 @@\n import random\n def new_reset_token():\n     return "".join(random.choices("abc", k=40))\n \n+def start(user):\n+    token = new_reset_token()\n+    send(user, token)\n',
      findings: [{ line: 6 }],
    },
  ],
})

// Flask's and Django's own response classes answer text/html unless told otherwise; DRF's answers JSON.
testRule(registered('python/xss'), {
  valid: [
    { code: 'from django.http import HttpResponse\n\ndef echo(request):\n    return HttpResponse(request.GET.get("q", ""), content_type="text/plain")', path: 'shop/views.py' },
    { code: 'from rest_framework.response import Response\n\ndef echo(request):\n    return Response(request.GET.get("q", ""))', path: 'shop/views.py' },
    { code: 'from django.http import HttpResponse\nfrom django.template import loader\n\ndef page(request):\n    t = loader.get_template("page.html")\n    return HttpResponse(t.render({"q": request.GET.get("q")}, request))', path: 'shop/views.py' },
    { code: 'from flask import make_response, render_template, request\n\n@app.get("/p")\ndef p():\n    return make_response(render_template("p.html", q=request.args["q"]))', path: 'app.py' },
  ],
  invalid: [
    { code: 'from django.http import HttpResponse\n\ndef echo(request):\n    return HttpResponse(request.GET.get("q", ""))', path: 'shop/views.py', findings: [{ line: 4 }] },
    { code: 'from flask import make_response, request\n\n@app.get("/hello")\ndef hello():\n    name = request.args.get("name", "")\n    return make_response("Hello " + name)', path: 'app.py', findings: [{ line: 6 }] },
  ],
})

testRule(registered('python/ssrf'), {
  valid: [
    { code: 'import socket\n\ndef probe():\n    return socket.create_connection((settings.SMTP_HOST, 25), timeout=3)', path: 'app.py' },
    { code: 'import feedparser\nFEED = feedparser.parse("https://blog.example.com/rss")', path: 'app.py' },
  ],
  invalid: [
    { code: 'import feedparser\n\ndef feed(request):\n    return feedparser.parse(request.GET["feed"])', path: 'shop/views.py', findings: [{ line: 4 }] },
    { code: 'import socket\n\ndef probe(request):\n    host = request.POST["host"]\n    return socket.create_connection((host, 443), timeout=3)', path: 'shop/views.py', findings: [{ line: 5 }] },
    // Reported where the request is opened, not where it is built.
    { code: 'import urllib.request\n\ndef proxy(request):\n    req = urllib.request.Request(request.GET["u"])\n    with urllib.request.urlopen(req) as resp:\n        return resp.read()', path: 'shop/views.py', findings: [{ line: 5 }] },
  ],
})

testRule(registered('crypto/insecure-random'), {
  valid: [{ code: 'import uuid\n\ndef new_order():\n    order_ref = uuid.uuid1().hex\n    return order_ref', path: 'app.py' }],
  invalid: [{ code: 'import uuid\n\ndef reset():\n    token = uuid.uuid1().hex\n    return token', path: 'app.py', findings: [{ line: 4 }] }],
})

// What cannot carry SQL text: psycopg's composed SQL, parameters annotated as numbers, class constants read through self.
testRule(registered('python/sql-injection'), {
  valid: [
    { code: 'from psycopg2 import sql\n\ndef rows(cur, table):\n    cur.execute(sql.SQL("SELECT * FROM {} WHERE id = %s").format(sql.Identifier(table)), (1,))', path: 'app.py' },
    { code: '@router.get("/items/{item_id}")\ndef item(item_id: int, conn=None):\n    conn.cursor().execute(f"SELECT * FROM items WHERE id = {item_id}")', path: 'app.py' },
    { code: 'class Repo:\n    table = "products"\n\n    def all(self, cur):\n        cur.execute(f"SELECT * FROM {self.table}")', path: 'app.py' },
    // A helper of the file whose every return is a composition composes like one (a sort key mapped, then quoted; DESC or ASC chosen).
    { code: 'from psycopg import sql\n\nSORTS = {"date": "spent_on"}\n\ndef _order_by(sort):\n    column = SORTS.get(sort.lstrip("-"), "spent_on")\n    direction = sql.SQL("DESC") if sort.startswith("-") else sql.SQL("ASC")\n    return sql.SQL("ORDER BY {} {}").format(sql.Identifier(column), direction)\n\ndef rows(cur, org, sort="-date"):\n    cur.execute(sql.SQL("SELECT id FROM e WHERE org = %s {}").format(_order_by(sort)), (org,))', path: 'app.py' },
    { code: 'from psycopg import sql\n\ndef _column(name):\n    return sql.Identifier(name)\n\ndef rows(cur, org, sort):\n    cur.execute(sql.SQL("SELECT id FROM e WHERE org = %s ORDER BY {}").format(_column(sort)), (org,))', path: 'app.py' },
  ],
  invalid: [
    // A helper that returns raw sql.SQL of its argument on one path does not compose safely.
    { code: 'from psycopg import sql\n\ndef _order_by(sort):\n    if sort == "date":\n        return sql.SQL("ORDER BY spent_on")\n    return sql.SQL("ORDER BY " + sort)\n\n@app.get("/e")\ndef rows():\n    cur.execute(sql.SQL("SELECT id FROM e {}").format(_order_by(request.args["sort"])))', path: 'app.py', findings: [{ line: 10 }] },
    { code: 'from psycopg import sql\n\ndef _where(clause):\n    return sql.SQL(clause)\n\n@app.get("/e")\ndef rows():\n    cur.execute(sql.SQL("SELECT id FROM e WHERE {}").format(_where(request.args["q"])))', path: 'app.py', findings: [{ line: 8 }] },
    { code: 'from psycopg2 import sql\n\ndef rows(cur, where):\n    cur.execute(sql.SQL(f"SELECT * FROM t WHERE {where}"))', path: 'app.py', findings: [{ line: 4 }] },
    { code: 'from psycopg2 import sql\n\ndef rows(cur, where):\n    cur.execute(sql.SQL("SELECT * FROM t WHERE {}").format(sql.SQL(where)))', path: 'app.py', findings: [{ line: 4 }] },
    { code: '@router.get("/items")\ndef items(name: str, conn=None):\n    conn.cursor().execute(f"SELECT * FROM items WHERE name = \'{name}\'")', path: 'app.py', findings: [{ line: 3 }] },
    // An instance may replace the class value.
    { code: 'class Repo:\n    table = "products"\n\n    def __init__(self, table):\n        self.table = table\n\n    def all(self, cur):\n        cur.execute(f"SELECT * FROM {self.table}")', path: 'app.py', findings: [{ line: 8 }] },
  ],
})

testRule(registered('python/xss'), {
  valid: [{ code: 'from flask import Response, request\n\n@app.get("/p")\ndef p():\n    return Response(f"<p>{request.args[\'n\']}</p>", mimetype="text/plain")', path: 'app.py' }],
  invalid: [{ code: 'from flask import Response, request\n\n@app.get("/p")\ndef p():\n    return Response(f"<p>{request.args[\'n\']}</p>", mimetype="text/html")', path: 'app.py', findings: [{ line: 5 }] }],
})

// Tornado: argument getters are sources, the verb methods' parameters are URL groups, and self.write/self.redirect answer the client.
testRule(registered('python/xss'), {
  valid: [{ code: 'import tornado.web\n\nclass Echo(tornado.web.RequestHandler):\n    def get(self):\n        self.write({"echo": self.get_argument("msg", "")})', path: 'server.py' }],
  invalid: [{ code: 'import tornado.web\n\nclass Echo(tornado.web.RequestHandler):\n    def get(self):\n        msg = self.get_argument("msg", "")\n        self.write("<p>" + msg + "</p>")', path: 'server.py', findings: [{ line: 6 }] }],
})

testRule(registered('python/open-redirect'), {
  valid: [{ code: 'import tornado.web\n\nclass Go(tornado.web.RequestHandler):\n    def get(self):\n        self.redirect("/home")', path: 'server.py' }],
  invalid: [{ code: 'import tornado.web\n\nclass Go(tornado.web.RequestHandler):\n    def get(self):\n        self.redirect(self.get_argument("to"))', path: 'server.py', findings: [{ line: 5 }] }],
})

// A helper handed a constant endpoint builds a link to it: the request's values ride along as keywords (its parameters), not as where it points.
testRule(registered('python/open-redirect'), {
  valid: [
    { code: 'from flask import redirect, request\nfrom .auth import make_login_url\n\n@app.get("/private")\ndef private():\n    target = make_login_url("login", next_url=request.url)\n    return redirect(target)', path: 'app/views.py' },
    { code: 'from flask import current_app, redirect, request\nfrom .auth import make_login_url\n\n@app.get("/private")\ndef private():\n    login_view = current_app.login_manager.login_view\n    return redirect(make_login_url(login_view, next_url=request.url))', path: 'app/views.py' },
    { code: 'from flask import redirect, request\n\n@app.get("/verify")\ndef verify():\n    return redirect(url_for_security("security.verify", next=request.url))', path: 'app/views.py' },
  ],
  invalid: [
    // The request's value names where the link points, as a positional argument or as a location keyword.
    { code: 'from flask import redirect, request\n\n@app.get("/go")\ndef go():\n    return redirect(build_url(request.args.get("host"), path="/x"))', path: 'app/views.py', findings: [{ line: 5 }] },
    { code: 'from flask import redirect, request\n\n@app.get("/go")\ndef go():\n    return redirect(build_url("/out", url=request.args["u"]))', path: 'app/views.py', findings: [{ line: 5 }] },
    { code: 'from flask import redirect, request\n\n@app.get("/go")\ndef go():\n    return redirect(make_link("login", request.args["next"]))', path: 'app/views.py', findings: [{ line: 5 }] },
  ],
})

// A project's own base handler passes the RequestHandler role on to the handlers built on it; a class that only looks like one does not.
const TORNADO_BASE = 'import tornado.escape\nimport tornado.web\n\nclass BaseHandler(tornado.web.RequestHandler):\n    def prepare(self):\n        pass\n\n'
testRule(registered('python/xss'), {
  valid: [
    { code: `${TORNADO_BASE}class Greet(BaseHandler):\n    def get(self):\n        name = self.get_argument("name", "")\n        self.write("<h1>%s</h1>" % tornado.escape.xhtml_escape(name))`, path: 'server.py' },
    { code: 'class Report(Base):\n    def get(self):\n        self.write(f"<h1>{self.title}</h1>")', path: 'server.py' },
    // url_escape percent-encodes <, >, quotes and &: nothing of the text is markup afterwards.
    { code: `${TORNADO_BASE}class Find(BaseHandler):\n    def get(self):\n        q = self.get_argument("q", "")\n        self.write("<a href='/search?q=%s'>%s</a>" % (tornado.escape.url_escape(q), tornado.escape.xhtml_escape(q)))`, path: 'server.py' },
  ],
  invalid: [
    { code: `${TORNADO_BASE}class Greet(BaseHandler):\n    def get(self):\n        name = self.get_argument("name", "")\n        self.write(f"<h1>{name}</h1>")`, path: 'server.py', findings: [{ line: 11 }] },
    { code: `${TORNADO_BASE}class AuthHandler(BaseHandler):\n    pass\n\nclass Greet(AuthHandler):\n    def post(self):\n        self.finish("<p>" + self.get_body_argument("msg") + "</p>")`, path: 'server.py', findings: [{ line: 13 }] },
  ],
})

testRule(registered('python/open-redirect'), {
  valid: [{ code: 'class Wizard:\n    def get(self):\n        self.redirect(self.get_argument("next", "/"))', path: 'server.py' }],
  invalid: [{ code: `${TORNADO_BASE}class Logout(BaseHandler):\n    def get(self):\n        self.redirect(self.get_argument("next", "/"))`, path: 'server.py', findings: [{ line: 10 }] }],
})

testRule(registered('python/path-traversal'), {
  valid: [
    { code: 'import tornado.web\n\nclass Files(tornado.web.RequestHandler):\n    def get(self, name):\n        with open(os.path.join("/srv/files", os.path.basename(name)), "rb") as fh:\n            self.write(fh.read())', path: 'server.py' },
    { code: '@router.get("/safe/{name}")\nasync def get_safe(name: str):\n    target = (MEDIA_ROOT / name).resolve()\n    if MEDIA_ROOT.resolve() not in target.parents:\n        raise HTTPException(status_code=404)\n    return FileResponse(target)', path: 'media/api.py' },
  ],
  invalid: [
    { code: 'import tornado.web\n\nclass Files(tornado.web.RequestHandler):\n    def get(self, name):\n        with open(os.path.join("/srv/files", name), "rb") as fh:\n            self.write(fh.read())', path: 'server.py', findings: [{ line: 5 }] },
    { code: '@router.get("/files/{name}")\nasync def get_file(name: str):\n    target = (MEDIA_ROOT / name).resolve()\n    return FileResponse(target)', path: 'media/api.py', findings: [{ line: 4 }] },
  ],
})

// A handler above the helper it calls: the helper's request read reaches the handler once the helper has been read.
testRule(registered('python/path-traversal'), {
  valid: [
    '@app.get("/dl")\ndef dl():\n    return send_file(os.path.join("/srv", _wanted()))\n\ndef _wanted():\n    return "report.pdf"',
    '@app.get("/dl")\ndef dl():\n    return send_file(os.path.join("/srv", _wanted()))\n\ndef _wanted():\n    return secure_filename(request.args.get("f", ""))',
  ],
  invalid: [
    { code: '@app.get("/dl")\ndef dl():\n    return send_file(os.path.join("/srv", _wanted()))\n\ndef _wanted():\n    return request.args.get("f", "")', findings: [{ line: 3 }] },
    { code: '@app.get("/dl")\ndef dl():\n    name = _wanted()\n    with open(f"/srv/{name}") as fh:\n        return fh.read()\n\n@app.get("/other")\ndef other():\n    return _wanted()\n\ndef _wanted():\n    return request.args["f"]', findings: [{ line: 4 }] },
  ],
})

// The command line is the operator's own input: options parsed by argparse, sys.argv, a management command's options and
// click parameters build SQL without a finding; a plain function parameter still does. A shell command string built from them
// is still reported: a script's arguments often come from CI or another program.
testRule(registered('python/sql-injection'), {
  valid: [
    { code: 'import argparse, sqlite3\n\ndef main():\n    parser = argparse.ArgumentParser()\n    parser.add_argument("table")\n    args = parser.parse_args()\n    sqlite3.connect("d.db").execute(f"SELECT COUNT(*) FROM {args.table}")', path: 'scripts/count.py' },
    { code: 'import argparse\n\ndef parse_args(argv):\n    parser = argparse.ArgumentParser()\n    parser.add_argument("table")\n    return parser.parse_args(argv)\n\ndef main(cur):\n    args = parse_args(sys.argv[1:])\n    cur.execute(f"DELETE FROM {args.table}")', path: 'tools/purge.py' },
    { code: 'from django.core.management.base import BaseCommand\nfrom django.db import connection\n\nclass Command(BaseCommand):\n    def handle(self, *args, **options):\n        with connection.cursor() as cur:\n            cur.execute(f"TRUNCATE {options[\'table\']}")', path: 'app/management/commands/truncate.py' },
    { code: 'import click\n\n@click.command()\n@click.argument("table")\ndef count(table):\n    cur.execute(f"SELECT COUNT(*) FROM {table}")', path: 'cli.py' },
    { code: 'import typer\napp = typer.Typer()\n\n@app.command()\ndef count(table: str):\n    cur.execute(f"SELECT COUNT(*) FROM {table}")', path: 'cli.py' },
    // what the operator types at the prompt is theirs, as the command line is
    { code: 'import sqlite3\n\ndef main():\n    table = input("table: ").strip().lower()\n    sqlite3.connect("d.db").execute(f"SELECT COUNT(*) FROM {table}")', path: 'scripts/count.py' },
    { code: 'import sqlite3\n\ndef main():\n    table = input("table: ")\n    sqlite3.connect("d.db").execute(f"SELECT COUNT(*) FROM {table}")', path: 'scripts/count.py' },
  ],
  invalid: [
    { code: 'def purge(cur, table):\n    cur.execute(f"DELETE FROM {table}")', findings: [{ line: 2 }] },
    // a chat bot's command takes what its users type
    { code: 'from discord.ext import commands\nbot = commands.Bot(command_prefix="!")\n\n@bot.command()\nasync def count(ctx, table):\n    cur.execute(f"SELECT COUNT(*) FROM {table}")', findings: [{ line: 6 }] },
    { code: 'from django.core.management.base import BaseCommand\n\nclass Command(BaseCommand):\n    def purge(self, cur, table):\n        cur.execute(f"DELETE FROM {table}")', findings: [{ line: 5 }] },
  ],
})

testRule(registered('python/shell-injection'), {
  valid: [],
  invalid: [
    { code: 'import os, sys\n\nif __name__ == "__main__":\n    os.system("ping -c 1 " + sys.argv[1])', path: 'scripts/ping.py', findings: [{ line: 4 }] },
    { code: 'import click, subprocess\n\n@click.command()\n@click.argument("branch")\ndef deploy(branch):\n    subprocess.run(f"git push origin {branch}", shell=True)', path: 'cli.py', findings: [{ line: 6 }] },
    { code: 'import os\nfrom flask import request\n\n@app.get("/ping")\ndef ping():\n    os.system("ping -c 1 " + request.args["host"])', findings: [{ line: 6 }] },
    // `input()` with a constant prompt is what someone types, not a constant made of the prompt
    { code: 'import subprocess\n\ndef main():\n    host = input("host: ")\n    subprocess.run("ping -c 1 " + host, shell=True)', path: 'scripts/ping.py', findings: [{ line: 5 }] },
  ],
})

// A full-match pattern vouches for code only when it spells arithmetic: one that lets a name and a parenthesis through
// admits a call of anything in reach (`open(__file__)`), whether written in the call or compiled before.
const CALC = (check: string) => `import re\nfrom flask import request\nFORMULA = re.compile(r"[\\w\\s+*/().-]+")\n\n@app.post("/calc")\ndef calc():\n    expr = request.form["e"]\n    if not ${check}:\n        return "bad", 400\n    return str(eval(expr))`

testRule(registered('python/code-eval'), {
  valid: [
    { code: 'def main():\n    input("Press Enter to continue")\n    print(eval("2 + 2"))', path: 'scripts/calc.py' },
    { code: CALC('re.fullmatch(r"[0-9\\s+*/().-]+", expr)') },
    // a name alone can read a variable, not call one
    { code: CALC('re.fullmatch(r"\\w+", expr)') },
    // arithmetic held whole stays arithmetic spliced into the code's own text
    { code: CALC('re.match(r"^[0-9\\s+*/().-]+$", expr)').replace('eval(expr)', 'eval(f"({expr}) * 1.0")') },
    { code: CALC('re.fullmatch(r"[0-9\\s+*/().-]+", expr)').replace('eval(expr)', 'eval("0 + " + expr)') },
  ],
  invalid: [
    { code: CALC('re.fullmatch(r"[\\w\\s+*/().-]+", expr)'), findings: [{ line: 10 }] },
    { code: CALC('FORMULA.fullmatch(expr)'), findings: [{ line: 10 }] },
    { code: CALC('re.fullmatch(r"[a-z_]+\\(\\d*\\)", expr)'), findings: [{ line: 10 }] },
    { code: CALC('re.match(r".+$", expr)'), findings: [{ line: 10 }] },
    // `re.match` anchors the start only: `1+exit()` passes a pattern that holds its first characters
    { code: CALC('re.match(r"[0-9\\s+*/().-]+", expr)'), findings: [{ line: 10 }] },
    // a name held whole may still be called by the code's own parentheses
    { code: CALC('re.fullmatch(r"\\w+", expr)').replace('eval(expr)', 'eval(f"handlers.{expr}()")'), findings: [{ line: 10 }] },
    { code: 'def main():\n    print(eval(input("expression: ")))', path: 'scripts/calc.py', findings: [{ line: 2 }] },
    { code: 'def main():\n    expr = raw_input("expression: ")\n    exec(expr)', path: 'scripts/calc.py', findings: [{ line: 3 }] },
  ],
})

// A plain helper handed request data is read with it at the call: a helper that sanitises on every path cleans the result; one
// path left raw keeps the taint.
testRule(registered('python/path-traversal'), {
  valid: [
    'def _safe(name):\n    return os.path.join(BASE, os.path.basename(name))\n\n@app.get("/a")\ndef a():\n    return send_file(_safe(request.args["f"]))',
    'REPORTS = {"d": "daily.csv", "w": "weekly.csv"}\n\ndef _report(kind):\n    return os.path.join(BASE, REPORTS.get(kind, "daily.csv"))\n\n@app.get("/a")\ndef a():\n    return send_file(_report(request.args["k"]))',
  ],
  invalid: [
    { code: 'def _path(name):\n    return os.path.join(BASE, name)\n\n@app.get("/a")\ndef a():\n    return send_file(_path(request.args["f"]))', findings: [{ line: 6 }] },
    { code: 'def _path(name, raw=False):\n    if raw:\n        return os.path.join(BASE, name)\n    return os.path.join(BASE, secure_filename(name))\n\n@app.get("/a")\ndef a():\n    return send_file(_path(request.args["f"]))', findings: [{ line: 8 }] },
  ],
})

// Deployment configuration (Django settings, Flask config, the interpreter's path) is the operator's.
testRule(registered('python/sql-injection'), {
  valid: [
    'from django.conf import settings\n\ndef tz(cursor):\n    cursor.execute(f"SET TIME ZONE \'{settings.TIME_ZONE}\'")',
    'from flask import current_app\n\ndef purge(cursor):\n    cursor.execute(f"DELETE FROM {current_app.config[\'AUDIT_TABLE\']}")',
  ],
  invalid: [
    { code: 'import os\n\n@app.get("/t")\ndef t(cursor):\n    table = request.args.get("t", os.environ.get("DEFAULT_TABLE"))\n    cursor.execute(f"SELECT * FROM {table}")', findings: [{ line: 6 }] },
  ],
})

testRule(registered('python/shell-injection'), {
  valid: ['import subprocess, sys\n\ndef install():\n    subprocess.run(f"{sys.executable} -m pip install -r requirements.txt", shell=True, check=True)'],
  invalid: [{ code: 'import subprocess, sys\n\ndef install(pkg):\n    subprocess.run(f"{sys.executable} -m pip install {pkg}", shell=True, check=True)', findings: [{ line: 4 }] }],
})

// Flask-RESTful's RequestParser has argparse's shape but reads the request.
testRule(registered('python/shell-injection'), {
  valid: [],
  invalid: [
    // argparse's own options are still reported in a shell string (see above).
    { code: 'import argparse, os\n\ndef main():\n    parser = argparse.ArgumentParser()\n    parser.add_argument("host")\n    args = parser.parse_args()\n    os.system("ping -c 1 " + args.host)', path: 'scripts/ping.py', findings: [{ line: 7 }] },
    { code: 'import os\nfrom flask_restful import Resource, reqparse\n\nparser = reqparse.RequestParser()\nparser.add_argument("host")\n\nclass Ping(Resource):\n    def post(self):\n        args = parser.parse_args()\n        os.system("ping -c 1 " + args["host"])', findings: [{ line: 10 }] },
    { code: 'import os\nfrom flask_restful import reqparse\n\ndef ping():\n    parser = reqparse.RequestParser()\n    parser.add_argument("host")\n    args = parser.parse_args()\n    os.system(f"ping -c 1 {args.host}")', findings: [{ line: 8 }] },
  ],
})

// Functions run later with the arguments given at the call that schedules them.
testRule(registered('python/ssrf'), {
  valid: [
    // Scheduled with a configured URL, not the client's.
    { code: 'import requests\nfrom fastapi import BackgroundTasks\n\nRELAY = "https://relay.example.com/in"\n\ndef deliver(url, payload):\n    requests.post(url, json=payload, timeout=10)\n\n@router.post("/ping")\nasync def ping(body: Ping, background: BackgroundTasks):\n    background.add_task(deliver, RELAY, {"note": body.note})\n    return {}', path: 'app/hooks.py' },
    // A bound task: the client's region fills `region`, after `self`; the URL is the task's own.
    { code: 'import requests\nfrom celery import shared_task\n\n@shared_task(bind=True)\ndef warm(self, region, url=None):\n    requests.get(WARM_URLS[region], timeout=5)\n    requests.get(url or DEFAULT_URL, timeout=5)\n\n@bp.post("/x")\ndef x():\n    warm.delay(request.json["region"], None)\n    return {}', path: 'app/x.py' },
    // A Dramatiq actor sent the client's region only; and a class of this file with a send method is no actor.
    { code: 'import dramatiq\nimport requests\n\n@dramatiq.actor\ndef warm(region, url=None):\n    requests.get(url or WARM_URLS[region], timeout=5)\n\n@bp.post("/x")\ndef x():\n    warm.send(request.json["region"])\n    return {}', path: 'app/x.py' },
    { code: 'import requests\n\nclass Relay:\n    def __init__(self, url):\n        requests.get(url, timeout=5)\n\n    @classmethod\n    def send(cls, body):\n        return body\n\n@bp.post("/x")\ndef x():\n    Relay.send(request.json["url"])\n    return {}', path: 'app/x.py' },
    // The function scheduled is another module\'s, not this file\'s.
    { code: 'import requests\nfrom concurrent.futures import ThreadPoolExecutor\n\npool = ThreadPoolExecutor(4)\n\ndef fetch(url):\n    return requests.get(url, timeout=5)\n\n@bp.post("/x")\ndef x():\n    pool.submit(other.fetch, request.json["url"])\n    return {}', path: 'app/x.py' },
  ],
  invalid: [
    { code: 'import requests\nfrom fastapi import BackgroundTasks\n\ndef deliver(url, payload):\n    requests.post(url, json=payload, timeout=10)\n\n@router.post("/ping")\nasync def ping(body: Ping, background: BackgroundTasks):\n    background.add_task(deliver, body.url, {"note": body.note})\n    return {}', path: 'app/hooks.py', findings: [{ line: 5 }] },
    { code: 'import requests\nfrom concurrent.futures import ThreadPoolExecutor\n\npool = ThreadPoolExecutor(4)\n\ndef fetch(url):\n    return requests.get(url, timeout=5)\n\n@bp.post("/x")\ndef x():\n    pool.submit(fetch, request.json["url"])\n    return {}', path: 'app/x.py', findings: [{ line: 7 }] },
    { code: 'import threading\nimport requests\n\ndef fetch(url):\n    requests.get(url, timeout=5)\n\n@bp.post("/x")\ndef x():\n    threading.Thread(target=fetch, args=(request.json["url"],), daemon=True).start()\n    return {}', path: 'app/x.py', findings: [{ line: 5 }] },
    { code: 'import requests\nfrom celery import shared_task\n\n@shared_task\ndef warm(url):\n    requests.get(url, timeout=5)\n\n@bp.post("/x")\ndef x():\n    warm.delay(request.json["url"])\n    return {}', path: 'app/x.py', findings: [{ line: 6 }] },
    // Called directly, a module-level function's `self` is its first argument like any other (a method attached to a class later).
    { code: 'import requests\nfrom flask import request\n\ndef fetch_for(self, url):\n    return requests.get(url, timeout=5)\n\n@bp.post("/x")\ndef x():\n    fetch_for(widget, request.json["url"])\n    return {}', path: 'app/x.py', findings: [{ line: 5 }] },
    // A Dramatiq actor queued with `.send(...)` or `.send_with_options(args=...)` runs with the arguments given there.
    { code: 'import dramatiq\nimport requests\n\n@dramatiq.actor\ndef warm(url):\n    requests.get(url, timeout=5)\n\n@bp.post("/x")\ndef x():\n    warm.send(request.json["url"])\n    return {}', path: 'app/x.py', findings: [{ line: 6 }] },
    { code: 'import dramatiq\nimport requests\n\n@dramatiq.actor\ndef warm(region, url):\n    requests.get(url, timeout=5)\n\n@bp.post("/x")\ndef x():\n    warm.send_with_options(args=("eu", request.json["url"]), delay=1000)\n    return {}', path: 'app/x.py', findings: [{ line: 6 }] },
    // A bound task (`bind=True`) gets the task itself first: `.delay(a, b)` fills the parameters after `self`.
    { code: 'import requests\nfrom celery import shared_task\n\n@shared_task(bind=True)\ndef warm(self, region, url):\n    requests.get(url, timeout=5)\n\n@bp.post("/x")\ndef x():\n    warm.delay("eu", request.json["url"])\n    return {}', path: 'app/x.py', findings: [{ line: 6 }] },
  ],
})

// Inside `async def`, the one finding on a synchronous fetch or shell call also names the stalled loop.
testRule(registered('python/ssrf'), {
  valid: [],
  invalid: [
    { code: 'import requests\nfrom flask import request\n\n@app.get("/p")\nasync def proxy():\n    return requests.get(request.args["url"], timeout=5).text', path: 'app/p.py', findings: [{ line: 6, message: /inside `async def proxy` it also blocks the event loop/ }] },
    { code: 'import requests\nfrom flask import request\n\n@app.get("/p")\ndef proxy():\n    return requests.get(request.args["url"], timeout=5).text', path: 'app/p.py', findings: [{ line: 6, message: /cloud metadata, admin ports\)$/ }] },
    { code: 'import httpx\nfrom flask import request\n\n@app.get("/p")\nasync def proxy():\n    async with httpx.AsyncClient() as client:\n        return (await client.get(request.args["url"])).text', path: 'app/p.py', findings: [{ line: 7, message: /cloud metadata, admin ports\)$/ }] },
  ],
})

// OAuth's `state` is the CSRF token of the authorization request (RFC 6749 §10.12): guessable, it lets another site finish a login.
testRule(registered('crypto/insecure-random'), {
  valid: [
    { code: 'import secrets\nfrom urllib.parse import urlencode\n\ndef login():\n    state = secrets.token_urlsafe(24)\n    params = {"client_id": CLIENT_ID, "redirect_uri": CALLBACK, "state": state}\n    return redirect(f"{AUTHORIZE}?{urlencode(params)}")\n', path: 'app/auth.py' },
    { code: 'import random\n\ndef pick_view():\n    view = {"state": random.choice(["open", "closed"]), "page": 1}\n    return view\n', path: 'app/views.py' },
  ],
  invalid: [
    { code: 'import random\nfrom urllib.parse import urlencode\n\ndef login():\n    st = str(random.randint(100000, 999999))\n    return redirect(AUTHORIZE + "?" + urlencode({"client_id": CLIENT_ID, "state": st}))\n', path: 'app/auth.py', findings: [{ line: 5 }] },
    { code: 'import random, string\nfrom flask import session\n\ndef login():\n    session["oauth_state"] = "".join(random.choices(string.ascii_letters, k=24))\n    return redirect(AUTHORIZE)\n', path: 'app/auth.py', findings: [{ line: 5 }] },
  ],
})

// A private helper called from loops: a loop over a list of literals hands it one literal after another.
const PROBE = 'import subprocess\n\ndef _probe(cmd):\n    return subprocess.run(cmd, shell=True, capture_output=True).stdout\n\n'
testRule(registered('python/shell-injection'), {
  valid: [
    { code: `${PROBE}def versions():\n    probes = ["gcc -dumpversion", "ld -v"]\n    return {cmd: _probe(cmd) for cmd in probes}`, path: 'app/admin/toolchain.py' },
    { code: `${PROBE}def linkers():\n    found = {}\n    for cmd in ("ld.gold --version", "ld.lld --version"):\n        found[cmd] = _probe(cmd)\n    return found`, path: 'app/admin/toolchain.py' },
    { code: `${PROBE}def versions():\n    return [_probe(c) for c in ["uname -a", "df -h"]]`, path: 'app/admin/toolchain.py' },
  ],
  invalid: [
    // the list grows with the request's text, the name is rebound in the loop, or the loop reads a parameter
    { code: `${PROBE}@bp.post("/probe")\ndef probe():\n    probes = ["gcc -dumpversion"]\n    probes.append(request.form["cmd"])\n    return {cmd: _probe(cmd) for cmd in probes}`, path: 'app/admin/toolchain.py', findings: [{ line: 4 }] },
    { code: `${PROBE}@bp.post("/probe")\ndef probe():\n    for cmd in ("gcc", "ld"):\n        cmd = cmd + " " + request.form["flags"]\n        _probe(cmd)\n    return {}`, path: 'app/admin/toolchain.py', findings: [{ line: 4 }] },
    { code: `${PROBE}def probe_all(commands):\n    return [_probe(cmd) for cmd in commands]\n\n@bp.post("/probe")\ndef probe():\n    return probe_all(request.form.getlist("cmd"))`, path: 'app/admin/toolchain.py', findings: [{ line: 4 }] },
  ],
})

// The module's own path: files found from os.path.dirname(__file__) are the program's, as a literal path names them.
testRule(registered('python/code-eval'), {
  valid: [
    { code: 'import os\n\nhere = os.path.abspath(os.path.dirname(__file__))\nabout = {}\nwith open(os.path.join(here, "pkg", "__version__.py")) as f:\n    exec(f.read(), about)\n', path: 'setup.py' },
    { code: 'from pathlib import Path\n\nRULES = Path(__file__).resolve().parent / "rules"\n\ndef defaults():\n    ns = {}\n    exec((RULES / "defaults.py").read_text(), ns)\n    return ns\n', path: 'app/reports/rules.py' },
  ],
  invalid: [
    // a file named by the request, or beside the module but chosen by the caller
    { code: 'import os\n\nhere = os.path.dirname(__file__)\n\n@bp.post("/run")\ndef run():\n    with open(os.path.join(here, "scripts", request.form["name"])) as f:\n        exec(f.read(), {})\n    return "ok"\n', path: 'app/admin/scripts.py', findings: [{ line: 8 }] },
    { code: 'import os\n\ndef load(path):\n    ns = {}\n    exec(compile(open(path).read(), path, "exec"), ns)\n    return ns\n', path: 'app/plugins.py', findings: [{ line: 5 }] },
  ],
})

// A code drawn in a helper the change adds is reported on the helper's draw, also through a generator kept on the class
// or the instance, or inside `map(lambda …)`; a digest of the clock and the account's own fields is no secret either.
testRule(registered('crypto/insecure-random'), {
  valid: [
    { code: 'import random\n\nclass Screens:\n    _rng = random.Random()\n\n    def order(self, screens):\n        picked = list(screens)\n        self._rng.shuffle(picked)\n        return picked', path: 'lobby/screens.py' },
    { code: 'import hashlib, time\n\ndef etag(body):\n    version = hashlib.sha256(f"{body}:{time.time()}".encode()).hexdigest()\n    return version', path: 'app/cache.py' },
    { code: 'import hashlib, time\nfrom django.conf import settings\n\ndef reset(user):\n    token = hashlib.sha256(f"{settings.SECRET_KEY}:{user.pk}:{time.time()}".encode()).hexdigest()\n    return token', path: 'accounts/tokens.py' },
    { code: 'import random, secrets\n\ndef _draw():\n    return "".join(map(lambda _: secrets.choice("ABC"), range(10)))\n\ndef create(team):\n    Invite.objects.create(team=team, code=_draw())', path: 'accounts/codes.py' },
  ],
  invalid: [
    { code: 'import random\n\nclass InviteCodes:\n    _rng = random.Random()\n\n    def _draw(self):\n        return "".join(map(lambda _: self._rng.choice("ABC"), range(10)))\n\n    def create(self, team):\n        return Invite.objects.create(team=team, code=self._draw())', path: 'accounts/codes.py', findings: [{ line: 7 }] },
    { code: 'import random, time\n\nclass Issuer:\n    def __init__(self):\n        self.rng = random.Random(int(time.time()))\n\n    def _draw(self):\n        return "".join(self.rng.choices("ABC", k=10))\n\n    def create(self, team):\n        return Invite.objects.create(team=team, code=self._draw())', path: 'accounts/codes.py', findings: [{ line: 8 }] },
    { code: 'import hashlib, time\n\ndef start_email_change(user, new_email):\n    token = hashlib.sha256(f"{user.pk}:{new_email}:{time.time()}".encode()).hexdigest()\n    EmailChange.objects.create(user=user, token=token)', path: 'accounts/email.py', findings: [{ line: 4 }] },
    // The token made in the helper is reported there once, not again where the cookie takes it
    { code: 'import random\n\nclass CsrfTokens:\n    def issue(self, sid):\n        token = "%016x" % random.getrandbits(64)\n        store.set(sid, token)\n        return token\n\ncsrf = CsrfTokens()\n\ndef login(req, resp, sid):\n    resp.set_cookie("kiosk_csrf", csrf.issue(sid), http_only=False)', path: 'kiosk/sessions.py', findings: [{ line: 5 }] },
  ],
})

// jinja2 environments whose loader holds the request's text compile it in get_template; a loader of the code's own templates does not.
testRule(registered('python/template-injection'), {
  valid: [
    // A sandboxed expression, a constant one, and a Mako template the code wrote.
    { code: 'from flask import jsonify, request\nfrom jinja2 import Environment\nfrom jinja2.sandbox import SandboxedEnvironment\n\n@bp.post("/segments")\ndef segments():\n    matches = SandboxedEnvironment().compile_expression(request.json["rule"])\n    big = Environment().compile_expression("orders > 3")\n    return jsonify(n=sum(1 for c in CUSTOMERS if matches(**c) and big(**c)))', path: 'app/segments.py' },
    { code: 'from flask import request\nfrom mako.lookup import TemplateLookup\n\nlookup = TemplateLookup(directories=["mail"])\n\n@bp.post("/announce")\ndef announce():\n    lookup.put_string("announce.mako", "<p>${name}</p>")\n    return lookup.get_template("announce.mako").render(name=request.form["name"])', path: 'app/mail.py' },
    { code: 'from flask import jsonify, request\nfrom jinja2 import DictLoader, Environment\n\nLAYOUTS = {"a.html": "<p>{{ x }}</p>"}\n\n@bp.post("/fixed")\ndef fixed():\n    env = Environment(loader=DictLoader(LAYOUTS), autoescape=True)\n    return jsonify(html=env.get_template("a.html").render(x=request.args.get("x")))', path: 'app/campaigns.py' },
  ],
  invalid: [
    { code: 'from flask import jsonify, request\nfrom jinja2 import DictLoader\n\n@bp.post("/preview")\ndef preview():\n    draft = request.get_json(force=True)\n    env = mail_env.overlay(\n        loader=DictLoader({"subject.txt": draft.get("subject", "")}),\n    )\n    subject = env.get_template("subject.txt").render(contact={})\n    return jsonify(subject=subject)', path: 'app/campaigns.py', findings: [{ line: 10 }] },
    { code: 'from flask import jsonify, request\nfrom jinja2 import DictLoader, Environment\n\n@bp.post("/direct")\ndef direct():\n    env = Environment(loader=DictLoader({"t": request.form["t"]}), autoescape=True)\n    tpl = env.get_template("t")\n    return jsonify(html=tpl.render())', path: 'app/campaigns.py', findings: [{ line: 7 }] },
    // The request's loader first in a ChoiceLoader, and an environment built by a helper of the file and returned.
    { code: 'import jinja2\nfrom flask import jsonify, request\n\n@bp.post("/card")\ndef card():\n    loader = jinja2.ChoiceLoader([jinja2.DictLoader({"card.html": request.form["layout"]}), jinja2.PackageLoader("cards", "templates")])\n    env = jinja2.Environment(loader=loader, autoescape=True)\n    return jsonify(html=env.get_template("card.html").render())', path: 'app/cards.py', findings: [{ line: 8 }] },
    { code: 'import jinja2\nfrom flask import jsonify, request\n\ndef build_env(source):\n    return jinja2.Environment(loader=jinja2.DictLoader({"card.html": source}), autoescape=True)\n\n@bp.post("/card")\ndef card():\n    env = build_env(request.form["layout"])\n    return jsonify(html=env.get_template("card.html").render())', path: 'app/cards.py', findings: [{ line: 10 }] },
    // Jinja expressions and Mako templates compiled from the request.
    { code: 'from flask import jsonify, request\nfrom jinja2 import Environment\n\n@bp.post("/segments")\ndef segments():\n    matches = Environment().compile_expression(request.json["rule"])\n    return jsonify(n=sum(1 for c in CUSTOMERS if matches(**c)))', path: 'app/segments.py', findings: [{ line: 6 }] },
    { code: 'from flask import request\nfrom mako.lookup import TemplateLookup\n\nlookup = TemplateLookup(directories=["mail"])\n\n@bp.post("/announce")\ndef announce():\n    lookup.put_string("announce.mako", request.form["body"])\n    return lookup.get_template("announce.mako").render()', path: 'app/mail.py', findings: [{ line: 8 }] },
  ],
})

// A request built first and sent later: requests' Request(...).prepare() and Session.send, httpx's build_request and send.
testRule(registered('python/ssrf'), {
  valid: [
    { code: 'import requests\n\n@router.post("/y")\ndef fixed(body: dict):\n    prepared = requests.Request("GET", "https://api.example.com/v1/items", params={"q": body["q"]}).prepare()\n    with requests.Session() as s:\n        resp = s.send(prepared, timeout=5)\n    return resp.json()', path: 'app/proxy.py' },
    { code: 'import httpx\n\nhttp = httpx.AsyncClient()\n\nasync def items(request):\n    req = http.build_request("GET", f"https://api.example.com/items/{request.path_params[\'id\']}")\n    return await http.send(req)', path: 'app/proxy.py' },
  ],
  invalid: [
    { code: 'import requests\n\n@router.post("/x")\ndef preview_redirects(body: dict):\n    prepared = requests.Request("HEAD", body["url"]).prepare()\n    with requests.Session() as s:\n        resp = s.send(prepared, timeout=5, allow_redirects=True)\n    return {"final_url": resp.url}', path: 'app/proxy.py', findings: [{ line: 7 }] },
    { code: 'import httpx\n\nhttp = httpx.AsyncClient(timeout=10)\n\nasync def image_proxy(request):\n    url = request.query_params.get("u", "")\n    upstream = http.build_request("GET", url)\n    resp = await http.send(upstream, stream=True)\n    return resp', path: 'app/proxy.py', findings: [{ line: 8 }] },
  ],
})

// A tool definition the client sent is instructions the model follows; tools defined in the code are not.
testRule(registered('python/prompt-injection'), {
  valid: [
    { code: 'import litellm\n\nSKILLS = {"search_pages": {"description": "Search the document.", "parameters": {"type": "object"}}}\n\n@router.post("/run")\nasync def run(body: AskBody):\n    tools = [{"type": "function", "function": {"name": n, **SKILLS[n]}} for n in SKILLS if n in body.enabled]\n    return await litellm.acompletion(model="gpt-4o-mini", messages=[{"role": "user", "content": body.question}], tools=tools)', path: 'assistant/api.py' },
  ],
  invalid: [
    { code: 'import litellm\n\n@router.post("/try")\nasync def try_skill(body: AdHocRun):\n    tool = {"type": "function", "function": body.tool.model_dump()}\n    completion = await litellm.acompletion(\n        model="gpt-4o-mini",\n        messages=[{"role": "user", "content": body.question}],\n        tools=[tool],\n    )\n    return completion', path: 'assistant/api.py', findings: [{ line: 6 }] },
    { code: 'from anthropic import Anthropic\nfrom flask import request\n\nclient = Anthropic()\n\n@app.post("/ask")\ndef ask():\n    data = request.get_json()\n    tools = [{"name": "lookup", "description": data["tool_help"], "input_schema": {"type": "object"}}]\n    return client.messages.create(model="claude-3-5-haiku-latest", max_tokens=256, messages=[{"role": "user", "content": data["q"]}], tools=tools)', path: 'app/ask.py', findings: [{ line: 10 }] },
  ],
})
