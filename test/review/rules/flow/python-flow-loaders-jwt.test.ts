/**
 * Python flow classes: YAML loaders resolved through aliases, shelves opened at chosen paths,
 * Django `.extra()` SQL fragments, and PyJWT/python-jose tokens accepted without their signature.
 * Each invalid case has a look-alike next to it that must stay quiet.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

testRule(registered('python/unsafe-deserialization'), {
  valid: [
    // Safe loaders, whatever the alias.
    { code: 'import yaml as y\n\ndef read(fh):\n    return y.load(fh, Loader=y.SafeLoader)', path: 'app/config.py' },
    { code: 'from yaml import load, CSafeLoader\n\ndef read(fh):\n    return load(fh, Loader=CSafeLoader)', path: 'app/config.py' },
    { code: 'import yaml\n\ndef read(fh):\n    return yaml.safe_load(fh)', path: 'app/config.py' },
    // ruamel's round-trip loader looks like PyYAML but builds only plain data.
    { code: 'from ruamel.yaml import YAML\n\nyaml = YAML(typ="safe")\n\ndef read(fh):\n    return yaml.load(fh)', path: 'app/config.py' },
    // A project loader subclass is not known to be unsafe.
    { code: 'import yaml\n\ndef read(fh):\n    return yaml.load(fh, Loader=StrictConfigLoader)', path: 'app/config.py' },
    // Shelves at fixed paths, or named by a sanitised file name.
    { code: 'import shelve\n\nCACHE = "/var/cache/app/index"\n\ndef cache():\n    return shelve.open(CACHE)', path: 'app/cache.py' },
    { code: 'import shelve\n\ndef cache(self):\n    return shelve.open(self.db_path)', path: 'app/cache.py' },
    { code: 'import shelve\n\ndef cache(cache_dir):\n    return shelve.open(f"{cache_dir}/index")', path: 'app/cache.py' },
  ],
  invalid: [
    { code: 'import yaml as y\nfrom flask import request\n\n@app.post("/import")\ndef imp():\n    doc = y.load(request.data, Loader=y.FullLoader)\n    return doc', path: 'app/views.py', findings: [{ line: 6, severity: 'critical', message: /FullLoader/ }] },
    { code: 'from yaml import load, Loader\n\ndef read(fh):\n    return load(fh, Loader=Loader)', path: 'app/config.py', findings: [{ line: 4, severity: 'major' }] },
    { code: 'import yaml\n\ndef read(fh):\n    docs = yaml.load_all(\n        fh,\n        Loader=yaml.FullLoader,\n    )\n    return list(docs)', path: 'app/config.py', findings: [{ line: 4, severity: 'minor' }] },
    { code: 'import yaml\n\ndef read(text):\n    return yaml.unsafe_load(text)', path: 'app/config.py', findings: [{ line: 4 }] },
    // what a socket the caller passed in receives is the peer's, whatever constant size is asked for
    { code: 'import pickle\n\ndef decode(conn):\n    return pickle.loads(conn.recv(65536))', path: 'app/server.py', findings: [{ line: 4 }] },
    { code: 'import pickle\n\ndef next_job(q):\n    return pickle.loads(q.get(timeout=5))', path: 'app/worker.py', findings: [{ line: 4 }] },
    { code: 'import shelve\n\ndef history(project: str):\n    return shelve.open(f"/var/lib/deployer/history/{project}")', path: 'app/history.py', findings: [{ line: 4, severity: 'major' }] },
    { code: 'import os, shelve\nfrom flask import request\n\n@app.get("/prefs")\ndef prefs():\n    name = request.args.get("profile")\n    db = shelve.open(os.path.join(PREFS_DIR, name))\n    return dict(db)', path: 'app/views.py', findings: [{ line: 7, severity: 'critical' }] },
  ],
})

// The app reading back a file it wrote, at a path its caller chose, is not a trust boundary; a path
// from a stored record, bytes handed in, or request data reaching the parameter still are.
testRule(registered('python/unsafe-deserialization'), {
  valid: [
    // signed by the key's holder and checked before it is unpickled (the itsdangerous advice, written by hand)
    { code: 'import hashlib\nimport hmac\nimport pickle\nfrom flask import abort, request\n\n@app.post("/s")\ndef s():\n    body = request.get_data()\n    expected = hmac.new(SECRET, body, hashlib.sha256).hexdigest()\n    if not hmac.compare_digest(expected, request.headers.get("X-Sig", "")):\n        abort(400)\n    return pickle.loads(body)', path: 'app/state.py' },
    { code: 'import hashlib\nimport hmac\nimport pickle\nfrom flask import abort, request\n\n@app.post("/s")\ndef s():\n    blob = request.get_data()\n    body, sig = blob[:-32], blob[-32:]\n    if not hmac.compare_digest(hmac.new(SECRET, body, hashlib.sha256).digest(), sig):\n        abort(400)\n    return pickle.loads(body)', path: 'app/state.py' },
    { code: 'import pickle\nfrom pathlib import Path\n\ndef load_local_cache(path: Path):\n    with path.open("rb") as handle:\n        return pickle.load(handle)', path: 'app/sync_jobs.py' },
    { code: 'import pickle\n\ndef load_index(cache_file):\n    return pickle.load(open(cache_file, "rb"))', path: 'app/index.py' },
    { code: 'import gzip, pickle\n\ndef restore(path):\n    fh = gzip.open(path, "rb")\n    data = pickle.load(fh)\n    fh.close()\n    return data', path: 'app/index.py' },
  ],
  invalid: [
    // the MAC checked is another value's
    { code: 'import hashlib\nimport hmac\nimport pickle\nfrom flask import abort, request\n\n@app.post("/s")\ndef s():\n    body = request.get_data()\n    state = request.form["state"]\n    expected = hmac.new(SECRET, body, hashlib.sha256).hexdigest()\n    if not hmac.compare_digest(expected, request.headers.get("X-Sig", "")):\n        abort(400)\n    return pickle.loads(state.encode())', path: 'app/state.py', findings: [{ line: 13 }] },
    { code: 'import pickle\n\ndef load_snapshot(run_id):\n    run = ReportRun.objects.get(pk=run_id)\n    with open(run.snapshot_path, "rb") as fh:\n        return pickle.load(fh)', path: 'app/tasks.py', findings: [{ line: 6 }] },
    { code: 'import pickle\n\ndef decode_session(blob):\n    return pickle.loads(blob)', path: 'app/sessions.py', findings: [{ line: 4 }] },
    { code: 'import pickle\n\ndef read_upload(upload):\n    return pickle.load(upload.file)', path: 'app/imports.py', findings: [{ line: 4 }] },
    { code: 'import pickle\nfrom flask import request\n\ndef load_cache(path):\n    with open(path, "rb") as fh:\n        return pickle.load(fh)\n\n@app.get("/c")\ndef c():\n    return load_cache(request.args["p"])', path: 'app/views.py', findings: [{ line: 6 }] },
  ],
})

testRule(registered('python/sql-injection'), {
  valid: [
    { code: 'def filtered(request):\n    q = request.GET.get("q", "")\n    return Order.objects.extra(where=["note LIKE %s"], params=[f"%{q}%"])', path: 'shop/views.py' },
    { code: 'def ranked(request):\n    return Order.objects.extra(select={"rank": "total * 2"}, order_by=["-rank"])', path: 'shop/views.py' },
    { code: 'from django.db.models.expressions import RawSQL\n\ndef ranked(request):\n    bonus = request.GET.get("bonus")\n    return Order.objects.annotate(score=RawSQL("total + %s", (bonus,)))', path: 'shop/views.py' },
    { code: 'def search(request):\n    tag = request.POST["tag"]\n    return list(Order.objects.raw(SEARCH_SQL, [tag]))', path: 'shop/views.py' },
    { code: 'def report(request, store_id):\n    return Order.objects.raw("SELECT * FROM sales_order WHERE store_id = %s", [store_id])', path: 'shop/views.py' },
  ],
  invalid: [
    { code: 'def filtered(request):\n    where = request.GET.get("where", "1=1")\n    return Order.objects.extra(where=[where])', path: 'shop/views.py', findings: [{ line: 3 }] },
    { code: 'def sorted_orders(request):\n    sort = request.GET.get("sort", "created_at")\n    return Order.objects.extra(order_by=[sort])', path: 'shop/views.py', findings: [{ line: 3 }] },
    { code: 'def ranked(request):\n    col = request.GET["col"]\n    return Order.objects.extra(\n        select={"score": f"{col} * 2"},\n    )', path: 'shop/views.py', findings: [{ line: 3 }] },
    { code: 'from django.db.models.expressions import RawSQL\n\ndef ranked(request):\n    bonus = request.GET.get("bonus")\n    return Order.objects.annotate(score=RawSQL("total + " + bonus, ()))', path: 'shop/views.py', findings: [{ line: 5 }] },
    { code: 'def search(request):\n    query = request.POST["query"]\n    return list(Order.objects.raw(query))', path: 'shop/views.py', findings: [{ line: 3 }] },
  ],
})

testRule(registered('crypto/jwt-verify-disabled'), {
  valid: [
    { code: 'import jwt\n\ndef claims(token):\n    return jwt.decode(token, SECRET_KEY, algorithms=["HS256"])', path: 'app/auth.py' },
    // Header read on purpose to choose the key, then verified.
    { code: 'import jwt\n\ndef claims(token):\n    unverified = jwt.decode(token, options={"verify_signature": False})\n    key = KEYS[unverified["iss"]]\n    return jwt.decode(token, key, algorithms=["RS256"])', path: 'app/auth.py' },
    { code: 'from jose import jwt\n\ndef claims(token):\n    header = jwt.get_unverified_header(token)\n    return jwt.decode(token, KEYS[header["kid"]], algorithms=["RS256"])', path: 'app/auth.py' },
    { code: 'from jose import jwt\n\ndef claims(token):\n    issuer = jwt.get_unverified_claims(token)["iss"]\n    return jwt.decode(token, KEYS[issuer], algorithms=["RS256"])', path: 'app/auth.py' },
    { code: 'import jwt\n\ndef claims(token):\n    return jwt.decode(token, SECRET_KEY, algorithms=["HS256"], options={"verify_aud": False})', path: 'app/auth.py' },
  ],
  invalid: [
    // The token picks its own algorithm.
    { code: 'import jwt\n\ndef claims(token):\n    header = jwt.get_unverified_header(token)\n    return jwt.decode(token, key=PUBLIC_KEY, algorithms=[header["alg"]])', path: 'app/auth.py', findings: [{ line: 5 }] },
    { code: 'import jwt\n\ndef current_user(token):\n    payload = jwt.decode(\n        token,\n        options={"verify_signature": False},\n    )\n    return User.get(payload["sub"])', path: 'app/auth.py', findings: [{ line: 4, severity: 'critical' }] },
    { code: 'import jwt as pyjwt\n\ndef current_user(token):\n    opts = {"verify_signature": False, "verify_exp": True}\n    payload = pyjwt.decode(token, SECRET_KEY, options=opts)\n    return payload["sub"]', path: 'app/auth.py', findings: [{ line: 4 }, { line: 5 }] },
    { code: 'import jwt\n\ndef current_user(token):\n    return jwt.decode_complete(token, options={"verify_signature": False})["payload"]', path: 'app/auth.py', findings: [{ line: 4 }] },
    { code: 'import jwt\n\ndef current_user(token):\n    return jwt.decode(token, SECRET_KEY,\n                      verify=False)', path: 'app/auth.py', findings: [{ line: 4 }] },
    { code: 'import jwt\n\ndef current_user(token):\n    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256", "none"])', path: 'app/auth.py', findings: [{ line: 4 }] },
    { code: 'import jwt\n\ndef partner(token):\n    return jwt.decode(token, PARTNER_KEY, algorithms=["HS256"], options={"verify_exp": False})', path: 'app/auth.py', findings: [{ line: 4, severity: 'major', message: /expired/ }] },
    { code: 'from jose import jwt\n\ndef is_admin(request):\n    claims = jwt.get_unverified_claims(request.headers["Authorization"][7:])\n    return claims.get("role") == "admin"', path: 'app/auth.py', findings: [{ line: 4 }] },
  ],
})
