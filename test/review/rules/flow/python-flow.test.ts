import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

testRule(registered('python/path-traversal'), {
  valid: [
    'from flask import request, send_from_directory\n\ndef dl():\n    return send_from_directory(BASE, request.args["f"])',
    'def dl():\n    name = secure_filename(request.args.get("f"))\n    return send_file(os.path.join(BASE, name))',
    // a helper's parameter its only caller here gives as a literal
    'def _dl(path):\n    return open(os.path.join(BASE, path))\n\ndef readme():\n    return _dl("README.md")',
    // Flask converts `type=int` values; a containment check on the resolved path covers the path it was resolved from
    'def avatar():\n    uid = request.args.get("user", type=int)\n    return send_file(os.path.join(BASE, f"{uid}.png"))',
    // past a branch that leaves on the failed check, the value is the one checked
    'def export():\n    fmt = request.args.get("fmt", "json")\n    if fmt not in ("csv", "json"):\n        abort(400)\n    return send_file(f"/srv/exports/notes.{fmt}")',
    'def export():\n    fmt = request.args.get("fmt", "json")\n    if fmt not in ("csv", "json"):\n        abort(400)\n    elif fmt == "csv":\n        return send_file(f"/srv/exports/notes.{fmt}")\n    return send_file(f"/srv/exports/all.{fmt}")',
    'def theme():\n    p = DATA / f"{request.args[\'name\']}.css"\n    if not p.resolve().is_relative_to(DATA.resolve()):\n        abort(400)\n    return send_file(p)',
    'def dl():\n    target = os.path.join(BASE, request.args["f"])\n    if not os.path.realpath(target).startswith(BASE + os.sep):\n        abort(403)\n    return send_file(target)',
    'def dl():\n    target = os.path.join(BASE, request.args["f"])\n    if not os.path.realpath(target).startswith(os.path.join(BASE, "")):\n        abort(403)\n    return send_file(target)',
  ],
  invalid: [
    // inside the branch of a failed comparison the value is anything but the one it was compared with
    { code: 'def export():\n    fmt = request.args.get("fmt", "json")\n    if fmt != "json":\n        return send_file(f"/srv/exports/notes.{fmt}")\n    return jsonify([])', findings: [{ line: 4 }] },
    { code: 'def avatar():\n    uid = request.args.get("user", type=str)\n    return send_file(os.path.join(BASE, f"{uid}.png"))', findings: [{ line: 3 }] },
    { code: 'def theme():\n    p = DATA / f"{request.args[\'name\']}.css"\n    if not p.resolve().exists():\n        abort(404)\n    return send_file(p)', findings: [{ line: 5 }] },
    {
      // the value travels: read, renamed, joined, opened three lines later
      code: 'def dl():\n    name = request.args.get("f")\n    p = os.path.join(BASE, name)\n    return send_file(p)',
      findings: [{ line: 4, message: /request data \(`request\.args\.get\("f"\)`, line 2\)/ }],
    },
    { code: '@app.get("/files/<name>")\ndef show(name):\n    with open(f"/srv/{name}") as fh:\n        return fh.read()', findings: [{ line: 3 }] },
    // a helper joining its own parameter under a fixed directory with nothing keeping it there (python-helper-params.test.ts)
    { code: 'def dl(path):\n    return open(os.path.join(BASE, path))', findings: [{ line: 2, severity: 'major' }] },
  ],
})

testRule(registered('python/sql-injection'), {
  valid: [
    'def f(cur, uid):\n    cur.execute("SELECT * FROM t WHERE id = %s", (uid,))',
    'def f(cur, uid):\n    sql = f"SELECT * FROM t WHERE id = {int(uid)}"\n    cur.execute(sql)',
    'QUERY = "SELECT 1"\ndef f(cur):\n    cur.execute(QUERY)',
  ],
  invalid: [
    {
      // multi-line call: anchored on the statement's first line, end_line on its last
      code: 'def f(db, name):\n    rows = db.execute(\n        text(f"SELECT * FROM users WHERE name = \'{name}\'")\n    )',
      findings: [{ line: 2, message: /f-string from `name`/ }],
    },
    { code: 'def f(session):\n    q = request.args["sort"]\n    return session.query(User).order_by(f"{q} desc").all()', findings: [{ line: 3 }] },
  ],
})

testRule(registered('python/unsafe-deserialization'), {
  valid: ['import yaml as y\ncfg = y.safe_load(stream)', 'import yaml as y\ncfg = y.load(stream, Loader=y.SafeLoader)'],
  invalid: [{ code: 'import yaml as y\ncfg = y.load(request.data)', findings: [{ line: 2, message: /without a safe `Loader`/ }] }],
})

testRule(registered('python/code-eval'), {
  valid: [
    // a JSON document's values read as literals, not run
    'import ast, json\n\n@app.post("/x")\ndef x():\n    data = json.loads(request.data)\n    return {"v": ast.literal_eval(data["expr"])}',
    'EXPR = "1 + 2"\nprint(eval(EXPR))',
    'def f():\n    return eval("2 * 3")',
    // imports from a fixed table, or of a module named in code
    'import importlib\nEXPORTERS = {"csv": "app.export.csv"}\n\n@app.post("/x")\ndef x():\n    name = EXPORTERS.get(request.args["fmt"])\n    return importlib.import_module(name).run()',
    'import importlib\n\n@app.post("/x")\ndef x():\n    return importlib.import_module(f"app.plugins.{request.args[\'name\']}").run()',
    // a method of the class itself, a prefixed name, a module of no power, a constant name
    'class H:\n    @app.post("/x")\n    def x(self):\n        return getattr(self, request.args["action"])()',
    'import os\n\n@app.post("/x")\ndef x():\n    return getattr(os, "handle_" + request.args["action"], None)',
    'import string\n\n@app.post("/x")\ndef x():\n    return getattr(string, request.args["set"], "")',
    'import os\n\n@app.post("/x")\ndef x():\n    return str(getattr(os, "getpid")())',
    // the sandbox is the engine made for user-written templates: the line rule's guess is vetoed
    'from jinja2.sandbox import SandboxedEnvironment\nsandbox = SandboxedEnvironment(autoescape=True)\n\n@app.post("/p")\ndef p():\n    return sandbox.from_string(request.form["body"]).render()',
  ],
  invalid: [
    // text inside a parsed JSON document is still the client's text (here by way of a model's reply)
    { code: 'import json\n\n@app.post("/x")\ndef x():\n    data = json.loads(request.data)\n    return {"v": eval(data["expr"])}', findings: [{ line: 6 }] },
    { code: 'import json\n\n@app.post("/x")\ndef x():\n    reply = client.chat.completions.create(model="m", messages=[{"role": "user", "content": request.json["q"]}])\n    plan = json.loads(reply.choices[0].message.content)\n    return {"v": eval(plan.get("action", ""))}', findings: [{ line: 7 }] },
    { code: 'def calc():\n    expr = request.args["e"]\n    return eval(expr)', findings: [{ line: 3, severity: 'critical' }] },
    { code: 'from jinja2 import Environment\nsandbox = Environment()\n\n@app.post("/p")\ndef p():\n    return sandbox.from_string(request.form["body"]).render()', findings: [{ line: 6 }] },
    // a module the client names is imported and its top-level code runs
    { code: 'import importlib\n\n@app.post("/plugin")\ndef plugin():\n    return importlib.import_module(request.json["module"]).__name__', findings: [{ line: 5 }] },
    { code: '@app.post("/plugin")\ndef plugin():\n    mod = request.form["mod"]\n    return str(__import__(mod))', findings: [{ line: 4 }] },
    // the client picks which function of a module that runs commands is called
    { code: 'import os\n\n@app.get("/call")\ndef call():\n    fn = getattr(os, request.args["fn"])\n    return str(fn(request.args["arg"]))', findings: [{ line: 5, message: /`os` function/ }] },
    { code: 'import subprocess\n\n@app.post("/run")\ndef run():\n    return getattr(subprocess, request.json["how"])(["ls"])', findings: [{ line: 5 }] },
  ],
})

testRule(registered('python/open-redirect'), {
  valid: [
    'def login():\n    return redirect(url_for("home"))',
    // the way past a branch that replaces a value failing a check is the value that passed it
    'def login(request):\n    nxt = request.GET.get("next", "/")\n    if urlparse(nxt).netloc:\n        nxt = "/"\n    return redirect(nxt)',
    'def login(request):\n    nxt = request.GET.get("next", "/")\n    if not nxt.startswith("/") or nxt.startswith("//"):\n        nxt = "/"\n    return redirect(nxt)',
    'def login():\n    nxt = request.args.get("next", "/")\n    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}):\n        nxt = "/"\n    return redirect(nxt)',
    'def go():\n    return redirect(f"/articles/{request.args[\'id\']}")',
  ],
  invalid: [
    { code: 'from flask import redirect, request\n\ndef login():\n    return redirect(request.args["next"])', findings: [{ line: 4, severity: 'major' }] },
    // filling in a default, or replacing with more request data, is no check
    { code: 'def login(request):\n    nxt = request.GET.get("next")\n    if not nxt:\n        nxt = "/"\n    return redirect(nxt)', findings: [{ line: 5 }] },
    { code: 'def login(request):\n    nxt = request.GET.get("next", "/")\n    if urlparse(nxt).netloc:\n        nxt = request.GET.get("fallback", "/")\n    return redirect(nxt)', findings: [{ line: 5 }] },
    { code: 'def login(request):\n    nxt = request.GET.get("next", "/")\n    if len(nxt) > 200:\n        nxt = "/"\n    return redirect(nxt)', findings: [{ line: 5 }] },
  ],
})

testRule(registered('python/ssrf'), {
  valid: ['def w():\n    return requests.get(f"https://api.example.com/v1/{request.args[\'city\']}", timeout=5)'],
  invalid: [{ code: 'def preview():\n    url = request.json["url"]\n    return requests.get(url, timeout=5).text', findings: [{ line: 3 }] }],
})

testRule(registered('python/xss'), {
  valid: [
    '@app.get("/s")\ndef s():\n    q = request.args.get("q", "")\n    return render_template("s.html", q=q)',
    '@app.get("/s")\ndef s():\n    q = escape(request.args.get("q", ""))\n    return f"<h1>{q}</h1>"',
    'from django.utils.html import format_html_join\n\ndef tags(request):\n    items = request.GET.getlist("tag")\n    return HttpResponse(format_html_join("\\n", "<li>{}</li>", ((t,) for t in items)))',
    // a template compiled from request data is template injection, reported as that; its output is no second finding
    'from flask import make_response, render_template_string, request\n\n@app.post("/p")\ndef p():\n    out = render_template_string(request.form["t"])\n    return make_response(out)',
  ],
  invalid: [{ code: '@app.get("/s")\ndef s():\n    q = request.args.get("q", "")\n    return f"<h1>Results for {q}</h1>"', findings: [{ line: 4 }] }],
})

testRule(registered('python/jinja2-autoescape-off'), {
  valid: [
    'env = jinja2.Environment(loader=FileSystemLoader("t"), autoescape=select_autoescape())',
    // no loader: the environment only compiles strings (mail bodies, prompts, config), where escaping HTML is not the default anyone wants
    'import jinja2\nraw_env = jinja2.Environment()',
    'from jinja2 import Environment, StrictUndefined\ntext_env = Environment(undefined=StrictUndefined, trim_blocks=True)',
    'from jinja2 import BaseLoader, Environment\nstrings = Environment(loader=BaseLoader())',
    'from jinja2 import Environment, FileSystemLoader\nbody = Environment(loader=FileSystemLoader("t")).from_string(SUBJECT).render(n=1)',
  ],
  invalid: [
    { code: 'from jinja2 import Environment, PackageLoader\nenv = Environment(loader=PackageLoader("site"))', findings: [{ line: 2 }] },
    { code: 'from jinja2 import DictLoader, Environment\nenv = Environment(loader=DictLoader(PAGES))', findings: [{ line: 2 }] },
    { code: 'from jinja2 import BaseLoader, Environment\nenv = Environment(loader=BaseLoader(), autoescape=False)', findings: [{ line: 2 }] },
    { code: 'import jinja2\nenv = jinja2.Environment(autoescape=False)', findings: [{ line: 2 }] },
    { code: 'from jinja2 import Environment as Env, FileSystemLoader\nenv = Env(loader=FileSystemLoader("t"))', findings: [{ line: 2 }] },
  ],
})

testRule(registered('python/insecure-temp-file'), {
  valid: ['fd, path = tempfile.mkstemp()', 'name = parser.mktemp()'],
  invalid: [{ code: 'from tempfile import mktemp\npath = mktemp(suffix=".csv")', findings: [{ line: 2 }] }],
})

testRule(registered('crypto/hardcoded-signing-key'), {
  valid: [
    'token = jwt.encode(payload, os.environ["JWT_SECRET"], algorithm="HS256")',
    'app.secret_key = os.environ["SECRET_KEY"]',
    // Encryption keys from the environment, from a generator, or passed in.
    'import os\nfrom cryptography.fernet import Fernet\nbox = Fernet(os.environ["FERNET_KEY"])\nfresh = Fernet(Fernet.generate_key())',
    'from Crypto.Cipher import AES\ndef seal(key, data):\n    return AES.new(key, AES.MODE_GCM).encrypt_and_digest(data)',
  ],
  invalid: [
    // An encryption key written in the code: reported where the constant is written.
    { code: 'from Crypto.Cipher import AES\nKEY = b"7f3a9c1e5b2d8f4a"\ndef seal(data):\n    return AES.new(KEY, AES.MODE_GCM).encrypt_and_digest(data)', findings: [{ line: 2, message: /decrypt what it protects/ }] },
    { code: 'from cryptography.fernet import Fernet\nbox = Fernet(b"q0V9mJ3yJ2q2c8v1kq3Xo2Xy9yQeWc3a1fQeP0bq2Xc=")', findings: [{ line: 2 }] },
    // Reported where the constant is written, which the change added.
    { code: 'KEY = "super-secret-signing-key"\ntoken = jwt.encode({"sub": 1}, KEY, algorithm="HS256")', findings: [{ line: 1 }] },
    { code: 'app.config["SECRET_KEY"] = "dev-key-123"', findings: [{ line: 1 }] },
  ],
})

testRule(registered('crypto/weak-password-hash'), {
  valid: [
    'etag = hashlib.md5(body).hexdigest()\nresp.headers["ETag"] = etag',
    // A function named for tokens hashing what names itself public (a path, an id): the name says what the digest is for, not what went in.
    { code: 'import hashlib\n\ndef token_digest(export_id):\n    export = Export.get(export_id)\n    return hashlib.sha1(export.path.encode()).hexdigest()[:12]\n', path: 'app/tasks.py' },
    { code: 'import hashlib\n\ndef secret_digest(upload):\n    return hashlib.md5(str(upload.id).encode()).hexdigest()[:8]\n', path: 'app/uploads.py' },
  ],
  invalid: [
    // The same shapes hashing a secret: the function's name, or the input's, says so.
    { code: 'import hashlib\n\ndef token_digest(export):\n    return hashlib.sha1(export.signing_value.encode()).hexdigest()\n', path: 'app/tasks.py', findings: [{ line: 4, message: /hashes a secret with SHA1/ }] },
    { code: 'import hashlib\n\ndef api_key_label(key):\n    return hashlib.md5(key.secret.encode()).hexdigest()[:8]\n', path: 'app/keys.py', findings: [{ line: 4 }] },
    {
      // an MD5 digest kept in a variable and later stored as the password hash
      code: 'import hashlib as h\ndef register(user, pw):\n    digest = h.md5(pw.encode()).hexdigest()\n    user.password = digest',
      findings: [{ line: 3 }],
    },
  ],
})

testRule(registered('crypto/insecure-random'), {
  valid: [
    { code: 'import secrets\ntoken = secrets.token_urlsafe(32)', path: 'app.py' },
    { code: 'import random\ndelay = random.random() * 5', path: 'app.py' },
    // Names about a look or about timing, and a cache written under a variable key, hold no secret.
    { code: 'import random\ndef pick_token_color():\n    return random.choice(COLOURS)', path: 'app.py' },
    { code: 'import random\ndef retry_token_refresh(attempt):\n    return random.uniform(0, 2 ** attempt)', path: 'app.py' },
    { code: 'import random, time\n_cache = {}\ndef remember(key, value):\n    _cache[key] = (value, time.time() + 300 + random.uniform(0, 30))', path: 'app.py' },
  ],
  invalid: [
    { code: 'import random\ndef make_token():\n    code = "".join(random.choices(ALPHABET, k=32))\n    return code', path: 'app.py', findings: [{ line: 3 }] },
    { code: 'import random, string\ndef issue(session):\n    session["reset_code"] = "".join(random.choices(string.digits, k=6))', path: 'app.py', findings: [{ line: 3 }] },
  ],
})

testRule(registered('python/finally-control-flow'), {
  valid: ['try:\n    run()\nfinally:\n    cleanup()', 'try:\n    run()\nfinally:\n    for x in xs:\n        if x:\n            break'],
  invalid: [{ code: 'def f():\n    try:\n        return run()\n    finally:\n        return None', findings: [{ line: 5 }] }],
})

testRule(registered('python/mutate-while-iterating'), {
  valid: ['for u in list(users):\n    users.remove(u)', 'for u in users:\n    if u.bad:\n        users.remove(u)\n        break'],
  invalid: [{ code: 'for u in users:\n    if u.inactive:\n        users.remove(u)', findings: [{ line: 3 }] }],
})

testRule(registered('python/write-to-readonly-file'), {
  valid: ['with open(p, "w") as f:\n    f.write(x)', 'with open(p) as f:\n    data = f.read()'],
  invalid: [{ code: 'with open(p) as f:\n    f.write(report)', findings: [{ line: 2 }] }],
})

// A failed check may read a value parsed from the one its branch replaces.
testRule(registered('python/open-redirect'), {
  valid: [
    'from urllib.parse import urlparse\nfrom flask import redirect, request\n\n@app.get("/go")\ndef go():\n    target = request.args.get("to", "/")\n    parsed = urlparse(target)\n    if parsed.netloc and parsed.netloc != request.host:\n        target = "/"\n    return redirect(target)',
  ],
  invalid: [
    // The branch replaces something else: the target is still the client's.
    { code: 'from urllib.parse import urlparse\nfrom flask import redirect, request\n\n@app.get("/go")\ndef go():\n    target = request.args.get("to", "/")\n    parsed = urlparse(target)\n    if parsed.netloc and parsed.netloc != request.host:\n        flagged = True\n    return redirect(target)', findings: [{ line: 10 }] },
  ],
})

// Django's get_valid_filename and slugify leave no separator or `..` to climb with.
testRule(registered('python/path-traversal'), {
  valid: [
    'from django.http import FileResponse\nfrom django.utils.text import get_valid_filename\n\ndef dl(request):\n    name = get_valid_filename(request.GET.get("file", ""))\n    return FileResponse(open(os.path.join(EXPORT_DIR, name), "rb"))',
    'from django.http import FileResponse\nfrom django.utils.text import slugify\n\ndef dl(request):\n    name = slugify(request.GET.get("title", ""))\n    return FileResponse(open(os.path.join(EXPORT_DIR, name + ".pdf"), "rb"))',
  ],
  invalid: [
    { code: 'from django.http import FileResponse\nfrom django.utils.text import get_valid_filename\n\ndef dl(request):\n    name = request.GET.get("file", "")\n    get_valid_filename(name)\n    return FileResponse(open(os.path.join(EXPORT_DIR, name), "rb"))', findings: [{ line: 7 }] },
  ],
})

// pathlib's last component, a letters-only check, and a failed probe for `..` or an absolute path.
testRule(registered('python/path-traversal'), {
  valid: [
    'from pathlib import Path\nfrom flask import request, send_file\n\n@app.get("/f")\ndef f():\n    name = Path(request.args["f"]).name\n    return send_file(BASE / name)',
    'from flask import request, send_file\n\n@app.get("/f")\ndef f():\n    lang = request.headers.get("Accept-Language", "en")[:2]\n    if not lang.isalpha():\n        lang = "en"\n    return send_file(BASE / "i18n" / f"{lang}.json")',
    'import os\nfrom flask import abort, request, send_file\n\n@app.get("/f")\ndef f():\n    name = os.path.normpath(request.args["f"])\n    if name.startswith("..") or os.path.isabs(name):\n        abort(400)\n    return send_file(os.path.join(BASE, name))',
  ],
  invalid: [
    { code: 'from pathlib import Path\nfrom flask import request, send_file\n\n@app.get("/f")\ndef f():\n    folder = Path(request.args["f"]).parent\n    return send_file(BASE / folder / "index.html")', findings: [{ line: 7 }] },
    // An absolute-path check alone lets `../` through.
    { code: 'import os\nfrom flask import abort, request, send_file\n\n@app.get("/f")\ndef f():\n    name = request.args["f"]\n    if os.path.isabs(name):\n        abort(400)\n    return send_file(os.path.join(BASE, name))', findings: [{ line: 9 }] },
    // Inside the failed check's own branch nothing is vouched for.
    { code: 'import os\nfrom flask import request, send_file\n\n@app.get("/f")\ndef f():\n    name = request.args["f"]\n    if name.startswith(".."):\n        return send_file(os.path.join(BASE, name))\n    return "ok"', findings: [{ line: 8 }] },
  ],
})

// A path on this site passes `startswith("/")`: that check still vouches for its own branch.
testRule(registered('python/open-redirect'), {
  valid: ['from flask import redirect, request\n\n@app.get("/go")\ndef go():\n    nxt = request.args.get("next", "/")\n    if nxt.startswith("/") and not nxt.startswith("//"):\n        return redirect(nxt)\n    return redirect("/")'],
  invalid: [{ code: 'from flask import redirect, request\n\n@app.get("/go")\ndef go():\n    nxt = request.args.get("next", "/")\n    if nxt.startswith(".."):\n        return redirect("/")\n    return redirect(nxt)', findings: [{ line: 8 }] }],
})

// A date parsed from the request is a date: its text cannot climb out of the directory.
testRule(registered('python/path-traversal'), {
  valid: [
    'import datetime\nimport os\nfrom flask import request, send_file\n\n@app.get("/logs")\ndef logs():\n    parsed = datetime.date.fromisoformat(request.args.get("day", ""))\n    return send_file(os.path.join("/var/log/app", f"app-{parsed.isoformat()}.log"))',
    'from datetime import datetime\nimport os\nfrom flask import request, send_file\n\n@app.get("/logs")\ndef logs():\n    day = datetime.strptime(request.args["day"], "%Y-%m-%d")\n    return send_file(os.path.join("/var/log/app", day.strftime("app-%Y%m%d.log")))',
  ],
  invalid: [{ code: 'import os\nfrom flask import request, send_file\n\n@app.get("/logs")\ndef logs():\n    day = request.args.get("day", "")\n    return send_file(os.path.join("/var/log/app", f"app-{day}.log"))', findings: [{ line: 7 }] }],
})

// The extension `os.path.splitext` returns holds no separator; the root it returns is still the client's.
testRule(registered('python/path-traversal'), {
  valid: [
    'import os, uuid\nfrom flask import request\n\n@app.post("/a")\ndef a():\n    f = request.files["file"]\n    ext = os.path.splitext(f.filename)[1].lower()\n    f.save(os.path.join(UPLOADS, f"{uuid.uuid4().hex}{ext}"))\n    return {}',
    'import os, uuid\nfrom flask import request\n\n@app.post("/a")\ndef a():\n    f = request.files["file"]\n    _, ext = os.path.splitext(f.filename)\n    f.save(os.path.join(UPLOADS, f"{uuid.uuid4()}{ext}"))\n    return {}',
  ],
  invalid: [
    { code: 'import os\nfrom flask import request\n\n@app.post("/a")\ndef a():\n    f = request.files["file"]\n    root, ext = os.path.splitext(f.filename)\n    f.save(os.path.join(UPLOADS, f"{root}.png"))\n    return {}', findings: [{ line: 8 }] },
    { code: 'import os\nfrom flask import request\n\n@app.post("/a")\ndef a():\n    f = request.files["file"]\n    f.save(os.path.join(UPLOADS, os.path.splitext(f.filename)[0] + ".png"))\n    return {}', findings: [{ line: 7 }] },
    // Unpacked one to one: the tainted position keeps its taint.
    { code: 'import os\nfrom flask import request, send_file\n\n@app.get("/a")\ndef a():\n    kind, name = "reports", request.args["f"]\n    return send_file(os.path.join(BASE, kind, name))', findings: [{ line: 7 }] },
  ],
})

// SQL handed to a database client as an argument: no shell, but the client runs the text as SQL.
testRule(registered('python/sql-injection'), {
  valid: [
    'import subprocess\n\n@app.post("/v")\ndef v():\n    subprocess.run(["psql", DSN, "-c", "VACUUM ANALYZE"], check=True)',
    'import subprocess\n\n@app.post("/v")\ndef v():\n    subprocess.run(["psql", DSN, "-v", f"tbl={request.form[\'table\']}", "-f", "vacuum.sql"], check=True)',
  ],
  invalid: [
    { code: 'import subprocess\n\n@app.post("/v")\ndef v():\n    subprocess.run(["psql", DSN, "-c", f"VACUUM ANALYZE {request.form[\'table\']}"], check=True)', findings: [{ line: 5, message: /`psql` run SQL/ }] },
    { code: 'import subprocess\n\n@app.post("/d")\ndef d():\n    subprocess.run(["mysql", "-e", "DELETE FROM jobs WHERE id = " + request.form["id"], "app"])', findings: [{ line: 5 }] },
  ],
})

// A queue consumer's message: `message["Body"]` is the payload SQS hands over, written by whoever can send to the queue.
testRule(registered('python/ssrf'), {
  valid: [
    // A dict parameter of unknown origin is not a received message.
    'import requests\n\nclass Mirror:\n    def handle(self, job):\n        return requests.get(job["download_url"], timeout=30)',
    // A number read from the message cannot point anywhere.
    'import json\nimport requests\n\ndef handle(message):\n    body = json.loads(message["Body"])\n    return requests.get(f"https://files.example.com/uploads/{int(body[\'upload_id\'])}", timeout=30)',
  ],
  invalid: [
    {
      code: 'import json\nimport requests\n\nclass Mirror:\n    def handle(self, message):\n        body = json.loads(message["Body"])\n        return requests.get(body["download_url"], timeout=30)',
      findings: [{ line: 7, message: /the body of the queue message `message`/ }],
    },
  ],
})

// A Kafka consumer's messages and the messages SQS hands back are what the queue's producers wrote.
testRule(registered('python/sql-injection'), {
  valid: [
    'import json\nfrom kafka import KafkaConsumer\n\ndef consume(cursor):\n    for msg in KafkaConsumer("reports", bootstrap_servers="kafka:9092"):\n        event = json.loads(msg.value)\n        cursor.execute("UPDATE reports SET status = %s WHERE id = %s", (event["status"], event["id"]))\n',
  ],
  invalid: [
    { code: 'import json\nfrom kafka import KafkaConsumer\n\ndef consume(cursor):\n    consumer = KafkaConsumer("reports", bootstrap_servers="kafka:9092")\n    for msg in consumer:\n        event = json.loads(msg.value)\n        cursor.execute(f"UPDATE reports SET status = \'{event[\'status\']}\' WHERE id = {event[\'id\']}")\n', findings: [{ line: 8, message: /the Kafka consumer's messages/ }] },
  ],
})
testRule(registered('python/path-traversal'), {
  valid: [
    'import json\nimport os\nimport boto3\n\nsqs = boto3.client("sqs")\n\ndef poll():\n    for m in sqs.receive_message(QueueUrl=os.environ["QUEUE"])["Messages"]:\n        task = json.loads(m["Body"])\n        with open(os.path.join("/srv/out", os.path.basename(task["name"])), "w") as fh:\n            fh.write(task["content"])\n',
  ],
  invalid: [
    { code: 'import json\nimport os\nimport boto3\n\nsqs = boto3.client("sqs")\n\ndef poll():\n    for m in sqs.receive_message(QueueUrl=os.environ["QUEUE"])["Messages"]:\n        task = json.loads(m["Body"])\n        with open(os.path.join("/srv/out", task["name"]), "w") as fh:\n            fh.write(task["content"])\n', findings: [{ line: 10, message: /the received SQS messages/ }] },
  ],
})

// A RabbitMQ consumer: pika calls the function given to basic_consume with the message's bytes last.
const PIKA = 'import json\nimport os\nimport pika\n\n'
testRule(registered('python/path-traversal'), {
  valid: [
    // The message's name reduced to its last part stays inside the folder.
    `${PIKA}def on_export(channel, method, properties, body):\n    job = json.loads(body)\n    with open(os.path.join("/srv/out", os.path.basename(job["name"])), "w") as fh:\n        fh.write(job["csv"])\n\nchannel.basic_consume(queue="exports", on_message_callback=on_export)\n`,
  ],
  invalid: [
    { code: `${PIKA}def on_export(channel, method, properties, body):\n    job = json.loads(body)\n    with open(os.path.join("/srv/out", job["name"]), "w") as fh:\n        fh.write(job["csv"])\n\nchannel.basic_consume(queue="exports", on_message_callback=on_export)\n`, findings: [{ line: 7, message: /the body of the queue message `body`/ }] },
    { code: `${PIKA}class Worker:\n    def on_export(self, ch, method, props, body):\n        job = json.loads(body)\n        open(os.path.join("/srv/out", job["name"]), "w").write(job["csv"])\n\n    def run(self):\n        self.channel.basic_consume(self.on_export, queue="exports")\n`, findings: [{ line: 8 }] },
  ],
})

// Pyramid's cookie session factory and auth ticket helper sign with their first argument; a class attribute read
// through `self` is reported where the class writes it; a literal on its own line of a long call, on that line.
testRule(registered('crypto/hardcoded-signing-key'), {
  valid: [
    { code: 'import os\nfrom pyramid.session import SignedCookieSessionFactory\n\nfactory = SignedCookieSessionFactory(os.environ["PORTAL_SESSION_SECRET"], secure=True, httponly=True)', path: 'portal/__init__.py' },
    { code: 'import os\nfrom cryptography.fernet import Fernet\n\nclass Vault:\n    def __init__(self):\n        self.fernet = Fernet(os.environ["VAULT_KEY"].encode())', path: 'billing/vault.py' },
  ],
  invalid: [
    { code: 'from pyramid.session import SignedCookieSessionFactory\n\ndef main(settings):\n    factory = SignedCookieSessionFactory(\n        "p0rtal-s3ss10n-8Kq2Xw9Lm4Rt7Vb1",\n        cookie_name="portal_session",\n    )\n    return factory', path: 'portal/__init__.py', findings: [{ line: 5 }] },
    { code: 'from pyramid.authentication import AuthTktCookieHelper\n\nhelper = AuthTktCookieHelper(secret="t1cket-s3cret-Vx9Lm2Qr7", secure=True)', path: 'portal/security.py', findings: [{ line: 3 }] },
    { code: 'from cryptography.fernet import Fernet\n\nclass CardVault:\n    ENCRYPTION_KEY = b"q1Xr0e7zK5bV2mN8pL4wT6yC9dF3hJ0sA2eG8uD7rK4="\n\n    def __init__(self):\n        self.fernet = Fernet(self.ENCRYPTION_KEY)', path: 'billing/vault.py', findings: [{ line: 4 }] },
  ],
})
