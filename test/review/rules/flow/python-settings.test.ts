/**
 * Python settings written as call arguments rather than assignments: debug switched on through
 * an application class or a config mapping, each with the environment-driven look-alike.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

testRule(registered('crypto/debug-mode'), {
  valid: [
    'from fastapi import FastAPI\napp = FastAPI(title="Orders", debug=os.getenv("APP_DEBUG") == "1")',
    'from starlette.applications import Starlette\napp = Starlette(debug=False, routes=routes)',
    'app.config.update(DEBUG=os.environ.get("FLASK_DEBUG") == "1", TESTING=False)',
    'app.config.from_mapping(SECRET_KEY=os.environ["SECRET_KEY"], DEBUG=False)',
    'cache.update(DEBUG=True)',
    { code: 'from fastapi import FastAPI\napp = FastAPI(debug=True)', path: 'scripts/dev_api.py' },
    'import tornado.web\napp = tornado.web.Application(handlers, serve_traceback=options.debug)',
    // Tornado's option defined off, Sanic's dev mode read from the environment, CherryPy's tracebacks turned off.
    'import tornado.web\nfrom tornado.options import define, options\n\ndefine("debug", default=False, type=bool)\napp = tornado.web.Application(handlers, debug=options.debug)',
    'from sanic import Sanic\napp = Sanic("proxy")\napp.run(host="0.0.0.0", port=8000, dev=os.environ.get("SANIC_DEV") == "1")',
    'import cherrypy\ncherrypy.config.update({"server.socket_port": 8080, "request.show_tracebacks": False})',
    // Read from the environment with a default that leaves it off.
    'from fastapi import FastAPI\napi = FastAPI(debug=os.getenv("DEBUG", "false") == "true")',
    'app.debug = os.environ.get("FLASK_DEBUG") == "1"',
    'app.run(host="0.0.0.0", port=5000, debug=os.getenv("DEBUG", "0") == "1")',
    'from werkzeug.debug import DebuggedApplication\napp.wsgi_app = DebuggedApplication(app.wsgi_app, False)',
    // The toolbars under a development-only condition, or a plugin that only shares the verb
    'import aiohttp_debugtoolbar\nif os.environ.get("STATUS_ENV") == "dev":\n    aiohttp_debugtoolbar.setup(app)',
    'def main(global_config, **settings):\n    config = Configurator(settings=settings)\n    if settings.get("env") == "development":\n        config.include("pyramid_debugtoolbar")',
    'def main(global_config, **settings):\n    config = Configurator(settings=settings)\n    config.include("pyramid_jinja2")',
  ],
  invalid: [
    { code: 'from fastapi import FastAPI\napi = FastAPI(title="Inventory", debug=True)', findings: [{ line: 2 }] },
    { code: 'import tornado.web\napp = tornado.web.Application(handlers, cookie_secret=SECRET, debug=True)', findings: [{ line: 2 }] },
    // Reported on the argument's own line: the line a change adding `DEBUG=True,` touches
    { code: 'def create_app():\n    app = Flask(__name__)\n    app.config.from_mapping(\n        SECRET_KEY=os.environ["SECRET_KEY"],\n        DEBUG=True,\n    )\n    return app', findings: [{ line: 5 }] },
    { code: 'import tornado.web\napp = tornado.web.Application([(r"/embed", EmbedHandler)], serve_traceback=True, **SETTINGS)', findings: [{ line: 2 }] },
    { code: 'import tornado.web\napp = tornado.web.Application(\n    handlers,\n    debug=True,\n)', findings: [{ line: 4 }] },
    { code: 'from werkzeug.debug import DebuggedApplication\napplication.wsgi_app = DebuggedApplication(application.wsgi_app, True)', findings: [{ line: 2 }] },
    { code: 'import aiohttp_debugtoolbar\ndef create_public_app():\n    app = create_app()\n    aiohttp_debugtoolbar.setup(app, check_host=False)\n    return app', findings: [{ line: 4 }] },
    { code: 'def main(global_config, **settings):\n    with Configurator(settings=settings) as config:\n        config.include("pyramid_debugtoolbar")\n    return config.make_wsgi_app()', findings: [{ line: 3 }] },
    { code: 'app.config.update({"DEBUG": True, "TESTING": False})', findings: [{ line: 1 }] },
    // `define("debug", default=True)`: on unless the command line turns it off.
    { code: 'import tornado.web\nfrom tornado.options import define, options\n\ndefine("debug", default=True, type=bool, help="tracebacks")\napp = tornado.web.Application(handlers, debug=options.debug)', findings: [{ line: 5 }] },
    { code: 'from sanic import Sanic\napp = Sanic("proxy")\napp.run(host="0.0.0.0", port=8000, dev=True)', findings: [{ line: 3 }] },
    { code: 'import cherrypy\ncherrypy.config.update({"server.socket_host": "0.0.0.0", "request.show_tracebacks": True})', findings: [{ line: 2 }] },
    // Read from the environment with a default that turns it on wherever the variable is not set.
    { code: 'from fastapi import FastAPI\napi = FastAPI(debug=os.getenv("DEBUG", "true") == "true")', findings: [{ line: 2, message: /not set/ }] },
    { code: 'app.debug = os.environ.get("FLASK_DEBUG", True)', findings: [{ line: 1 }] },
    { code: 'app.run(host="0.0.0.0", port=5000, debug=os.environ.get("DEBUG", "1") != "0")', findings: [{ line: 1 }] },
  ],
})

testRule(registered('crypto/weak-password-hash'), {
  valid: [
    'from django.contrib.auth.hashers import make_password\nuser.password = make_password(raw)',
    'from django.contrib.auth.hashers import make_password\nuser.password = make_password(raw, hasher="argon2")',
    'from passlib.hash import bcrypt\nuser.password = bcrypt.hash(raw)',
    'from passlib.context import CryptContext\nctx = CryptContext(schemes=["argon2", "md5_crypt"], deprecated="auto")',
    'import hashlib\nfresh = cached_etag == hashlib.md5(body).hexdigest()',
    'from cryptography.hazmat.primitives import hashes\nh = hashes.Hash(hashes.SHA1())\nh.update(chunk)',
    // OAEP encryption padding (RFC 7518's RSA-OAEP): SHA-1 for the label hash and the mask needs no collision resistance
    'from cryptography.hazmat.primitives import hashes\nfrom cryptography.hazmat.primitives.asymmetric import padding\nkey = private_key.decrypt(wrapped, padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA1()), algorithm=hashes.SHA1(), label=None))',
    'from cryptography.hazmat.primitives import hashes\nfrom cryptography.hazmat.primitives.asymmetric import padding\nALGS = {"RSA-OAEP": padding.OAEP(padding.MGF1(hashes.SHA1()), hashes.SHA1(), None)}',
    // SHA-256 of a file, of a reset token, or as bcrypt's pre-hash past its 72-byte limit
    'import hashlib\ndigest = hashlib.sha256(upload.read()).hexdigest()',
    'import hashlib\nkey = hashlib.sha256(npw_rows.encode()).hexdigest()',
    'import hashlib\nstored = hashlib.sha256(password_reset_token.encode()).hexdigest()',
    'import base64, bcrypt, hashlib\nhashed = bcrypt.hashpw(base64.b64encode(hashlib.sha256(password.encode()).digest()), bcrypt.gensalt())',
    // A digest handed on as a cache key, an ETag or a checksum is not a credential.
    'import hashlib\ncache.set(key=hashlib.md5(url.encode()).hexdigest(), value=page)',
    'import hashlib\nmeta = {"etag": hashlib.md5(body).hexdigest(), "checksum": hashlib.sha1(body).hexdigest()}',
  ],
  invalid: [
    { code: 'import hashlib\n\ndef hash_password(password, salt):\n    return hashlib.sha256((salt + password).encode()).hexdigest()', findings: [{ line: 4, message: /one pass of SHA256/ }] },
    { code: 'import hashlib\nuser.pw_hash = hashlib.new("sha512", f"{SALT}{raw_password}".encode()).hexdigest()', findings: [{ line: 2 }] },
    { code: 'from django.contrib.auth.hashers import make_password\nuser.password = make_password(raw, hasher="unsalted_md5")', findings: [{ line: 2 }] },
    { code: 'from passlib.hash import hex_md5\nuser.password = hex_md5.hash(raw)', findings: [{ line: 2 }] },
    { code: 'from passlib.context import CryptContext\npwd_context = CryptContext(schemes=["md5_crypt"])', findings: [{ line: 2 }] },
    { code: 'from hashlib import md5\n\ndef check(user, candidate):\n    return user.password_hash == md5(candidate.encode()).hexdigest()', findings: [{ line: 4 }] },
    { code: 'import hashlib\n\ndef hash_password(raw):\n    return hashlib.sha1(raw.encode()).hexdigest()', findings: [{ line: 4 }] },
    // `pw` read by a method: `pw.encode()` names the password as `pw_hash` or `raw_pw` would.
    { code: 'import hashlib\nuser.pw_hash = hashlib.sha256(pw.encode()).hexdigest()', findings: [{ line: 2, message: /one pass of SHA256/ }] },
    { code: 'from cryptography.hazmat.primitives import hashes\nfrom cryptography.hazmat.primitives.asymmetric import padding\nsig = key.sign(payload, padding.PKCS1v15(), hashes.SHA1())', findings: [{ line: 3 }] },
    // PSS is signature padding: the message hash beside it is what a collision forges
    { code: 'from cryptography.hazmat.primitives import hashes\nfrom cryptography.hazmat.primitives.asymmetric import padding\nsig = key.sign(payload, padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32), hashes.SHA1())', findings: [{ line: 3 }] },
    { code: 'from cryptography.hazmat.primitives import hashes\nfrom cryptography.hazmat.primitives.asymmetric import padding\nsig = key.sign(payload, padding.PSS(mgf=padding.MGF1(hashes.SHA1()), salt_length=32), hashes.SHA256())', findings: [{ line: 3 }] },
    // An MD5/SHA-1 digest of guessable input handed out as a credential, under a keyword or a dict field.
    { code: 'import hashlib, time\n\ndef connect(user):\n    return PartnerClient(api_key=hashlib.md5(f"{user.id}{time.time()}".encode()).hexdigest())', findings: [{ line: 4, message: /`api_key` argument/ }] },
    { code: 'import hashlib\n\ndef login(user):\n    return {"access_token": hashlib.sha1(str(user.id).encode()).hexdigest(), "user": user.id}', findings: [{ line: 4, message: /`access_token` field/ }] },
  ],
})

testRule(registered('crypto/debug-mode'), {
  valid: ['app.run("0.0.0.0", 5000, False)', 'job.run(batch, 10, True)'],
  invalid: [{ code: 'if __name__ == "__main__":\n    app.run("0.0.0.0", 5000, True)', findings: [{ line: 2 }] }],
})
