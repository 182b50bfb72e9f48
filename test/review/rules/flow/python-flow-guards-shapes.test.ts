/**
 * Python flow shapes met on out-of-sample batches: a host check through a request model's field
 * (`urlparse(str(body.url)).hostname`), a scheme-only check, tar vs zip extraction, copy
 * destinations, fields people write about themselves, ModelForm saves, constant words and
 * format fields, constant instance attributes, `dict.update(key=…)`, methods of local instances,
 * and weak digests of PRNG output. Each invalid case has a look-alike next to it.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const FASTAPI_HEAD = 'from urllib.parse import urlparse\nimport httpx\nfrom fastapi import APIRouter, HTTPException\nfrom pydantic import BaseModel\n\nrouter = APIRouter()\nALLOWED = {"hooks.slack.com"}\n\nclass Hook(BaseModel):\n    url: str\n    callback: str\n\n'

testRule(registered('python/ssrf'), {
  valid: [
    // The field is checked against an allow-list through `str()` and a local, and the handler raises otherwise.
    { code: `${FASTAPI_HEAD}@router.post("/t")\nasync def t(body: Hook):\n    host = urlparse(str(body.url)).hostname\n    if host not in ALLOWED:\n        raise HTTPException(status_code=400)\n    async with httpx.AsyncClient() as client:\n        return (await client.post(str(body.url))).status_code`, path: 'app/api/hooks.py' },
    { code: `${FASTAPI_HEAD}@router.post("/t")\nasync def t(body: Hook):\n    if urlparse(str(body.url)).hostname not in ALLOWED:\n        raise HTTPException(status_code=400)\n    async with httpx.AsyncClient() as client:\n        return (await client.get(str(body.url))).status_code`, path: 'app/api/hooks.py' },
    { code: 'import requests\nfrom urllib.parse import urlparse\n\n@bp.post("/t")\ndef t():\n    url = request.json["url"]\n    parsed = urlparse(url)\n    if parsed.scheme != "https" or parsed.hostname not in ALLOWED:\n        abort(400)\n    return requests.post(url).text', path: 'app/hooks.py' },
    // The method returns a constant, whatever the instance was built with.
    { code: 'import requests\n\nclass Source:\n    def __init__(self, url):\n        self.url = url\n\n    def endpoint(self):\n        return "https://preview.example.com/render"\n\n@bp.get("/p")\ndef p():\n    return requests.get(Source(request.args["u"]).endpoint()).text', path: 'app/preview.py' },
  ],
  invalid: [
    // Checking one field vouches for that field only.
    { code: `${FASTAPI_HEAD}@router.post("/t")\nasync def t(body: Hook):\n    host = urlparse(body.callback).hostname\n    if host not in ALLOWED:\n        raise HTTPException(status_code=400)\n    async with httpx.AsyncClient() as client:\n        return (await client.post(str(body.url))).status_code`, path: 'app/api/hooks.py', findings: [{ line: 19 }] },
    // A scheme check lets any host through.
    { code: 'import requests\nfrom urllib.parse import urlparse\n\n@bp.post("/t")\ndef t():\n    url = request.json["url"]\n    parsed = urlparse(url)\n    if parsed.scheme not in ("http", "https"):\n        abort(400)\n    return requests.post(url).text', path: 'app/hooks.py', findings: [{ line: 10 }] },
    { code: 'import requests\n\nclass Source:\n    def __init__(self, url):\n        self.url = url\n\n    def endpoint(self):\n        return self.url\n\n@bp.get("/p")\ndef p():\n    src = Source(request.args["u"])\n    return requests.get(src.endpoint()).text', path: 'app/preview.py', findings: [{ line: 13 }] },
  ],
})

testRule(registered('python/path-traversal'), {
  valid: [
    // zipfile strips `..` and absolute paths from member names.
    { code: 'import zipfile\n\n@bp.post("/up")\ndef up():\n    with zipfile.ZipFile(request.files["f"].stream) as zf:\n        zf.extractall("/srv/imports")\n    return {}', path: 'app/imports.py' },
    { code: 'import tarfile\n\ndef unpack(archive, dest):\n    with tarfile.open(archive) as tar:\n        tar.extractall(dest, filter="data")', path: 'scripts/restore.py' },
    { code: 'import tarfile\n\ndef unpack_vendor():\n    with tarfile.open("vendor/bundle.tar.gz") as tar:\n        tar.extractall("vendor")', path: 'scripts/vendor.py' },
    // Each member checked before it is written; a constant archive; the data filter.
    { code: 'import os, tarfile\n\ndef unpack(archive, dest):\n    with tarfile.open(archive) as tar:\n        for member in tar.getmembers():\n            target = os.path.realpath(os.path.join(dest, member.name))\n            if not target.startswith(os.path.realpath(dest) + os.sep):\n                continue\n            tar.extract(member, dest)', path: 'scripts/restore.py' },
    { code: 'import tarfile\n\ndef unpack_vendor():\n    tar = tarfile.open("vendor/bundle.tar")\n    for member in tar:\n        tar.extract(member, "vendor")', path: 'scripts/vendor.py' },
    { code: 'import tarfile\n\ndef unpack(archive, dest):\n    with tarfile.open(archive) as tar:\n        for member in tar.getmembers():\n            tar.extract(member, dest, filter="data")', path: 'scripts/restore.py' },
    { code: 'import os, shutil\n\n@bp.post("/b")\ndef b():\n    dest = os.environ.get("BACKUP_DIR", "/backups")\n    shutil.copytree("/srv/data", os.path.join(dest, "data"))\n    return {}', path: 'app/backup.py' },
  ],
  invalid: [
    { code: 'import tarfile\n\ndef unpack(archive, dest):\n    with tarfile.open(archive) as tar:\n        tar.extractall(dest)', path: 'scripts/restore.py', findings: [{ line: 5 }] },
    { code: 'import tarfile\n\ndef unpack(archive, dest):\n    with tarfile.open(archive) as tar:\n        for member in tar.getmembers():\n            tar.extract(member, dest)', path: 'scripts/restore.py', findings: [{ line: 6, message: /each member/ }] },
    { code: 'import tarfile\n\ndef extract_all(archive):\n    tar = tarfile.open(archive)\n    for entry in tar:\n        tar.extract(entry, "/tmp/")', path: 'app/unpack.py', findings: [{ line: 6 }] },
    { code: 'import os, shutil\n\n@bp.post("/b")\ndef b():\n    dest = request.form.get("dest", "/backups")\n    shutil.copytree("/srv/data", os.path.join(dest, "data"))\n    return {}', path: 'app/backup.py', findings: [{ line: 6 }] },
  ],
})

const DJANGO_HEAD = 'from django.http import HttpResponse\nfrom django.shortcuts import get_object_or_404\nfrom django.template import Context, Template\nfrom django.utils.html import escape\nfrom django.utils.safestring import mark_safe\nfrom .forms import ArticleForm\nfrom .models import Article\n\n'

testRule(registered('python/template-injection'), {
  valid: [
    { code: `${DJANGO_HEAD}def preview(request):\n    return HttpResponse(Template("<p>{{ bio }}</p>").render(Context({"bio": request.user.profile.bio})))`, path: 'accounts/views.py' },
  ],
  invalid: [
    { code: `${DJANGO_HEAD}def preview(request):\n    bio = request.user.profile.bio\n    return HttpResponse(Template(bio).render(Context({})))`, path: 'accounts/views.py', findings: [{ line: 11 }] },
    { code: `${DJANGO_HEAD}def banner(request):\n    return HttpResponse(Template(request.user.profile.banner_template).render(Context({})))`, path: 'accounts/views.py', findings: [{ line: 10 }] },
  ],
})

testRule(registered('python/unsafe-markup'), {
  valid: [
    // Allow-listed and escaped parts only.
    { code: `${DJANGO_HEAD}def embed(request, pk):\n    article = get_object_or_404(Article, pk=pk)\n    theme = request.GET.get("theme", "light")\n    if theme not in ("light", "dark"):\n        theme = "light"\n    return HttpResponse(mark_safe(f'<div class="a-{theme}">{escape(article.body)}</div>'))`, path: 'articles/views.py' },
    // No view here saves the model from request data, and nobody but staff writes articles.
    { code: `${DJANGO_HEAD}def detail(request, pk):\n    article = get_object_or_404(Article, pk=pk)\n    return HttpResponse(mark_safe(article.body))`, path: 'articles/views.py' },
  ],
  invalid: [
    // A ModelForm bound to the request and saved: the model's text fields are the client's.
    { code: `${DJANGO_HEAD}def create(request):\n    form = ArticleForm(request.POST)\n    if form.is_valid():\n        form.save()\n    return HttpResponse("ok")\n\ndef detail(request, pk):\n    article = get_object_or_404(Article, pk=pk)\n    return HttpResponse(mark_safe(article.body))`, path: 'articles/views.py', findings: [{ line: 17 }] },
    { code: 'from django.utils.safestring import mark_safe\nfrom .models import Snippet\n\ndef render_snippet(snippet_id):\n    snippet = Snippet.objects.get(pk=snippet_id)\n    return mark_safe(snippet.body)', path: 'snippets/utils.py', findings: [{ line: 6 }] },
  ],
})

testRule(registered('python/shell-injection'), {
  valid: [
    { code: 'import subprocess\n\n@bp.get("/t")\ndef t():\n    value = "nginx " + request.args.get("svc", "")\n    unit = value.split(" ")[0]\n    return subprocess.check_output("journalctl -u " + unit, shell=True)', path: 'app/logs.py' },
    { code: 'import os\n\n@bp.post("/r")\ndef r():\n    job = {"cmd": "systemctl restart worker"}\n    job.update(note=request.form["note"])\n    os.system(job["cmd"])\n    return ""', path: 'app/jobs.py' },
  ],
  invalid: [
    { code: 'import subprocess\n\n@bp.get("/t")\ndef t():\n    value = "nginx " + request.args.get("svc", "")\n    unit = value.split(" ")[1]\n    return subprocess.check_output("journalctl -u " + unit, shell=True)', path: 'app/logs.py', findings: [{ line: 7 }] },
    { code: 'import os\n\n@bp.post("/r")\ndef r():\n    job = {"cmd": "systemctl restart worker"}\n    job.update(note=request.form["note"])\n    os.system(job["note"])\n    return ""', path: 'app/jobs.py', findings: [{ line: 7 }] },
  ],
})

testRule(registered('python/xss'), {
  valid: [
    { code: 'from flask import request\n\n@bp.get("/hello")\ndef hello():\n    nick = request.args.get("nick", "")\n    return "<h1>Welcome, {1}</h1>".format(nick, "friend")', path: 'app/profile.py' },
  ],
  invalid: [
    { code: 'from flask import request\n\n@bp.get("/hello")\ndef hello():\n    nick = request.args.get("nick", "")\n    return "<h1>Welcome, {0}</h1>".format(nick, "friend")', path: 'app/profile.py', findings: [{ line: 6 }] },
    { code: 'from flask import request\n\n@bp.get("/hello")\ndef hello():\n    ctx = {"nick": request.args.get("nick", "")}\n    return "<h1>Welcome, {nick}</h1>".format(**ctx)', path: 'app/profile.py', findings: [{ line: 6 }] },
  ],
})

testRule(registered('python/unsafe-deserialization'), {
  valid: [
    { code: 'import base64, pickle\n\nclass Cart:\n    def __init__(self, blob):\n        self.raw = blob\n        self.default = base64.b64encode(pickle.dumps([]))\n\n    def items(self):\n        return pickle.loads(base64.b64decode(self.default))', path: 'app/cart.py' },
  ],
  invalid: [
    { code: 'import base64, pickle\n\nclass Cart:\n    def __init__(self, blob):\n        self.raw = blob\n        self.default = base64.b64encode(pickle.dumps([]))\n\n    def items(self):\n        return pickle.loads(base64.b64decode(self.raw))', path: 'app/cart.py', findings: [{ line: 9 }] },
  ],
})

testRule(registered('crypto/weak-password-hash'), {
  valid: [
    // A digest of PRNG output is a guessable token: insecure-random reports it, not the hash.
    { code: 'import hashlib, random\n\ndef new_reset_token():\n    return hashlib.sha1(str(random.random()).encode()).hexdigest()', path: 'app/tokens.py' },
    { code: 'import hashlib, random\n\ndef make_api_key():\n    token = hashlib.md5(str(random.randint(0, 10**9)).encode()).hexdigest()\n    return token', path: 'app/tokens.py' },
  ],
  invalid: [
    { code: 'import hashlib\n\ndef api_token_digest(api_token):\n    return hashlib.sha1(api_token.encode()).hexdigest()', path: 'app/tokens.py', findings: [{ line: 4 }] },
  ],
})

testRule(registered('crypto/hardcoded-signing-key'), {
  valid: [
    // The key is read from the environment where it is defined.
    { code: 'import os\nimport jwt\n\nJWT_KEY = os.environ["INTEGRATIONS_JWT_KEY"]\n\ndef claims(token):\n    return jwt.decode(token, JWT_KEY, algorithms=["HS256"])', path: 'app/auth.py' },
  ],
  invalid: [
    // A literal module constant is reported where it is written, once, not at each use.
    { code: 'import jwt\n\nJWT_KEY = "s3cr3t-signing-key-for-integrations-2024"\n\ndef claims(token):\n    return jwt.decode(token, JWT_KEY, algorithms=["HS256"])', path: 'app/auth.py', findings: [{ line: 3 }] },
    { code: 'import jwt\n\ndef claims(token):\n    return jwt.decode(token, "another-literal-key-123", algorithms=["HS256"])', path: 'app/auth.py', findings: [{ line: 4 }] },
  ],
})

// `a or f"/page/{slug}"`: the fallback's formatting says nothing of the client's value on the other side.
testRule(registered('python/open-redirect'), {
  valid: [
    'from bottle import redirect, request\n@app.post("/p/<slug>")\ndef save(slug):\n    back = request.forms.get("tab") and f"/page/{slug}?tab=1" or f"/page/{slug}"\n    redirect(back)',
    'from flask import redirect, request\n@app.post("/p/<slug>")\ndef save(slug):\n    back = f"/page/{slug}" if request.form.get("stay") else "/"\n    return redirect(back)',
  ],
  invalid: [
    { code: 'from bottle import redirect, request\n@app.post("/p/<slug>")\ndef save(slug):\n    back = request.forms.get("back") or f"/page/{slug}"\n    redirect(back)', findings: [{ line: 5 }] },
    { code: 'from flask import redirect, request\n@app.post("/p/<slug>")\ndef save(slug):\n    nxt = request.args["next"] if "next" in request.args else f"/page/{slug}"\n    return redirect(nxt)', findings: [{ line: 5 }] },
  ],
})

// A pattern check vouches for the text only when it holds the whole value: `re.match` anchors the start alone.
const MONTH_ROUTE = 'import re\nimport subprocess\nfrom flask import abort, request\n\n@bp.post("/reports")\ndef reports():\n    month = request.form["month"]\n    if not CHECK:\n        abort(400)\n    subprocess.run(f"./bin/report --month {month}", shell=True, check=True)\n    return ""'
testRule(registered('python/shell-injection'), {
  valid: [
    { code: MONTH_ROUTE.replace('CHECK', 're.fullmatch(r"\\d{4}-\\d{2}", month)'), path: 'app/reports.py' },
    { code: MONTH_ROUTE.replace('CHECK', 're.match(r"^\\d{4}-\\d{2}$", month)'), path: 'app/reports.py' },
    { code: MONTH_ROUTE.replace('CHECK', 're.fullmatch(r"(jan|feb|mar)-\\d{4}", month)'), path: 'app/reports.py' },
  ],
  invalid: [
    { code: MONTH_ROUTE.replace('CHECK', 're.match(r"\\d{4}-\\d{2}", month)'), path: 'app/reports.py', findings: [{ line: 10 }] },
    { code: MONTH_ROUTE.replace('CHECK', 're.search(r"^\\d{4}-\\d{2}", month)'), path: 'app/reports.py', findings: [{ line: 10 }] },
  ],
})
