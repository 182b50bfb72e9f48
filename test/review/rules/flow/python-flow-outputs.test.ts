/**
 * Values that pass through something that changes what they can be: a hex digest or a hex or
 * URL-safe Base64 encoding of the client's data is `[0-9a-f]` or `[A-Za-z0-9_=-]` (no markup, quotes,
 * shell syntax or paths; plain Base64's `/` can still start an absolute path), and a value a signer's `unsign()` returned was
 * signed with the server's key, so it may be deserialized as after an HMAC check. The client's own
 * value, a digest's raw bytes and a signer's output left unverified are still reported.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const FLASK = 'import hashlib\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n'

testRule(registered('python/xss'), {
  valid: [
    { code: `${FLASK}@app.get("/a")\ndef a():\n    digest = hashlib.sha256(request.args.get("email", "").encode()).hexdigest()\n    return f"<img src='/avatar/{digest}'>"`, path: 'app/views.py' },
    { code: `${FLASK}@app.post("/b")\ndef b():\n    return f"<p>Stored as {hashlib.md5(request.data).hexdigest()}</p>"`, path: 'app/views.py' },
    { code: `${FLASK}import base64\n\n@app.get("/c")\ndef c():\n    token = base64.urlsafe_b64encode(request.args.get("note", "").encode()).decode()\n    return f"<a href='/view?note={token}'>open</a>"`, path: 'app/views.py' },
    { code: `${FLASK}import base64\n\n@app.get("/d")\ndef d():\n    token = base64.b64encode(request.args.get("note", "").encode()).decode()\n    return f"<a href='/view?note={token}'>open</a>"`, path: 'app/views.py' },
  ],
  invalid: [
    { code: `${FLASK}@app.get("/a")\ndef a():\n    email = request.args.get("email", "")\n    return f"<img src='/avatar/{email}'>"`, path: 'app/views.py', findings: [{ line: 9 }] },
  ],
})

const DJANGO = 'import base64\nimport pickle\n\nfrom django.core.signing import Signer\nfrom django.http import JsonResponse\n\nsigner = Signer(salt="cart")\n\n'

testRule(registered('python/unsafe-deserialization'), {
  valid: [
    { code: `${DJANGO}def cart(request):\n    items = pickle.loads(base64.b64decode(signer.unsign(request.COOKIES["cart"])))\n    return JsonResponse({"n": len(items)})`, path: 'shop/views.py' },
  ],
  invalid: [
    { code: `${DJANGO}def cart(request):\n    items = pickle.loads(base64.b64decode(request.COOKIES["cart"]))\n    return JsonResponse({"n": len(items)})`, path: 'shop/views.py', findings: [{ line: 10, severity: 'critical' }] },
    // Signed by the server, but the signature is only split off, never checked.
    { code: `${DJANGO}def cart(request):\n    value = request.COOKIES["cart"].rsplit(":", 1)[0]\n    items = pickle.loads(base64.b64decode(value))\n    return JsonResponse({"n": len(items)})`, path: 'shop/views.py', findings: [{ line: 11 }] },
  ],
})

testRule(registered('python/shell-injection'), {
  valid: [
    { code: 'import binascii\nimport subprocess\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.post("/p")\ndef p():\n    payload = binascii.hexlify(request.form["text"].encode()).decode()\n    subprocess.run(f"lp-label --hex {payload}", shell=True, check=True)\n    return "ok"', path: 'app/views.py' },
  ],
  invalid: [
    { code: 'import subprocess\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.post("/p")\ndef p():\n    text = request.form["text"]\n    subprocess.run(f"lp-label --text {text}", shell=True, check=True)\n    return "ok"', path: 'app/views.py', findings: [{ line: 9 }] },
  ],
})

testRule(registered('python/path-traversal'), {
  valid: [
    { code: 'import base64\nimport os\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.get("/f")\ndef f():\n    name = base64.urlsafe_b64encode(request.args["key"].encode()).decode()\n    return open(os.path.join("/srv/cache", name)).read()', path: 'app/views.py' },
  ],
  invalid: [
    // Plain Base64 may start with `/`, which makes the joined path absolute.
    { code: 'import base64\nimport os\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.get("/f")\ndef f():\n    name = base64.b64encode(request.args["key"].encode()).decode()\n    return open(os.path.join("/srv/cache", name)).read()', path: 'app/views.py', findings: [{ line: 10 }] },
  ],
})

const ROUTER = 'from fastapi import APIRouter\nfrom fastapi.responses import HTMLResponse, ORJSONResponse, PlainTextResponse\n\nrouter = APIRouter()\n\n'

// A FastAPI route's returned string is a page only when the route answers HTML.
testRule(registered('python/xss'), {
  valid: [
    { code: `${ROUTER}@router.get("/a", response_class=PlainTextResponse)\nasync def a(q: str):\n    return f"<b>{q}</b>"`, path: 'app/api.py' },
    { code: `${ROUTER}@router.get("/b", response_class=ORJSONResponse)\nasync def b(q: str):\n    return "<b>" + q + "</b>"`, path: 'app/api.py' },
    { code: `${ROUTER}@router.get("/c")\nasync def c(q: str):\n    return f"<b>{q}</b>"`, path: 'app/api.py' },
  ],
  invalid: [
    { code: `${ROUTER}@router.get("/a", response_class=HTMLResponse)\nasync def a(q: str):\n    return f"<b>{q}</b>"`, path: 'app/api.py', findings: [{ line: 8 }] },
  ],
})

// `%` formatting keeps what each spliced value was escaped for, as an f-string does.
testRule(registered('python/unsafe-markup'), {
  valid: [
    { code: 'from markupsafe import Markup, escape\n\ndef footer(company):\n    return Markup("<p>Sent by %s</p>" % escape(company))', path: 'app/mail.py' },
    { code: 'import html\nfrom markupsafe import Markup, escape\n\ndef row(name, note):\n    return Markup("<td>%s</td><td>%s</td>" % (escape(name), html.escape(note)))', path: 'app/mail.py' },
    // a lookup in a dict literal of constants is one of those constants, whatever the key
    { code: 'from django.utils.safestring import mark_safe\n\ndef as_literal(value):\n    return mark_safe("<code>%s</code>" % {True: "true", False: "false", None: "null"}[value])', path: 'app/templatetags/links.py' },
    // str.format keeps what each field was escaped for, as `%` does
    { code: 'from django.utils.html import escape\nfrom django.utils.safestring import mark_safe\n\ndef as_link(value):\n    return mark_safe(\'<a href="{url}">{url}</a>\'.format(url=escape(value)))', path: 'app/templatetags/links.py' },
    { code: 'from django.utils.html import escape\nfrom django.utils.safestring import mark_safe\n\ndef mailto(value):\n    return mark_safe(\'<a href="mailto:{0}">{0}</a>\'.format(escape(value)))', path: 'app/templatetags/links.py' },
  ],
  invalid: [
    // a dict literal with one value that is not the code's own text
    { code: 'from django.utils.safestring import mark_safe\n\ndef as_literal(value, label):\n    return mark_safe("<code>%s</code>" % {True: "true", None: label}[value])', path: 'app/templatetags/links.py', findings: [{ line: 4 }] },
    // one field escaped, the other not
    { code: 'from django.utils.html import escape\nfrom django.utils.safestring import mark_safe\n\ndef highlight(value, term):\n    return mark_safe("<mark>{}</mark> in {}".format(term, escape(value)))', path: 'app/templatetags/links.py', findings: [{ line: 5 }] },
    { code: 'from markupsafe import Markup, escape\n\ndef footer(company):\n    return Markup("<p>Sent by %s</p>" % company)', path: 'app/mail.py', findings: [{ line: 4 }] },
    // one part of the tuple left raw
    { code: 'from markupsafe import Markup, escape\n\ndef row(name, note):\n    return Markup("<td>%s</td><td>%s</td>" % (escape(name), note))', path: 'app/mail.py', findings: [{ line: 4 }] },
  ],
})

// Django's cache framework pickles what it stores and unpickles what it reads: unpickling its value again opens nothing new.
// A raw Redis client hands back the bytes as stored, so unpickling those is still reported.
testRule(registered('python/unsafe-deserialization'), {
  valid: [
    { code: 'import pickle\n\nfrom django.core.cache import cache\n\n\ndef cached_profile(user_id):\n    blob = cache.get(f"profile-blob:{user_id}")\n    if blob is not None:\n        return pickle.loads(blob)\n    return None', path: 'accounts/cache.py' },
    { code: 'import pickle\n\nfrom django.core.cache import caches\n\n\ndef cached_report(report_id):\n    return pickle.loads(caches["reports"].get(f"r:{report_id}"))', path: 'reports/cache.py' },
  ],
  invalid: [
    { code: 'import pickle\n\nimport redis\nfrom django.core.cache import cache\n\nr = redis.Redis()\n\n\ndef cached_profile(user_id):\n    blob = r.get(f"profile-blob:{user_id}")\n    return pickle.loads(blob)', path: 'accounts/cache.py', findings: [{ line: 11 }] },
  ],
})
