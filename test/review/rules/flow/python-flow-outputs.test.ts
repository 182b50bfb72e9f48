/**
 * Values that pass through something that changes what they can be: a hex digest of the client's
 * data is hex digits (no markup, quotes or paths), and a value a signer's `unsign()` returned was
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
