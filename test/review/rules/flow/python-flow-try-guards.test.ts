/**
 * pathlib's containment check written as `try: target.relative_to(BASE) except ValueError: <leave>`
 * vouches for `target` after the `try`, as `is_relative_to` in an `if` does; a `relative_to` whose
 * failure is swallowed vouches for nothing. And error handlers (Flask `@app.errorhandler`, FastAPI
 * `@app.exception_handler`) answer requests: the HTML they return is a response. A URL whose host
 * was resolved and refused when its address `is_private`/`is_loopback`/… (or not `is_global`) is
 * checked for SSRF; a check that only logs is not.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const FASTAPI = 'from pathlib import Path\nfrom fastapi import APIRouter, HTTPException\nfrom fastapi.responses import FileResponse\n\nrouter = APIRouter()\nBASE = Path("/srv/shared").resolve()\n\n'

testRule(registered('python/path-traversal'), {
  valid: [
    { code: `${FASTAPI}@router.get("/s/{name:path}")\nasync def shared(name: str):\n    target = (BASE / name).resolve()\n    try:\n        target.relative_to(BASE)\n    except ValueError:\n        raise HTTPException(status_code=404)\n    return FileResponse(target)`, path: 'app/api/files.py' },
    { code: `${FASTAPI}@router.get("/s/{name:path}")\nasync def shared(name: str):\n    target = (BASE / name).resolve()\n    try:\n        rel = target.relative_to(BASE)\n    except Exception:\n        return None\n    return FileResponse(target)`, path: 'app/api/files.py' },
  ],
  invalid: [
    // The failure is logged and the file served anyway.
    { code: `${FASTAPI}import logging\n\n@router.get("/s/{name:path}")\nasync def shared(name: str):\n    target = (BASE / name).resolve()\n    try:\n        target.relative_to(BASE)\n    except ValueError:\n        logging.warning("outside %s", target)\n    return FileResponse(target)`, path: 'app/api/files.py', findings: [{ line: 17 }] },
    // The check is on another path than the one served.
    { code: `${FASTAPI}@router.get("/s/{name:path}")\nasync def shared(name: str):\n    target = (BASE / name).resolve()\n    other = BASE / "index.html"\n    try:\n        other.relative_to(BASE)\n    except ValueError:\n        raise HTTPException(status_code=404)\n    return FileResponse(target)`, path: 'app/api/files.py', findings: [{ line: 16 }] },
  ],
})

testRule(registered('python/xss'), {
  valid: [
    { code: 'import html\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.errorhandler(404)\ndef not_found(err):\n    return f"<p>No page at {html.escape(request.path)}</p>", 404', path: 'app/errors.py' },
    { code: 'from flask import Flask\n\napp = Flask(__name__)\n\n@app.errorhandler(500)\ndef failed(err):\n    return "<p>Something went wrong.</p>", 500', path: 'app/errors.py' },
  ],
  invalid: [
    { code: 'from flask import Flask, request\n\napp = Flask(__name__)\n\n@app.errorhandler(404)\ndef not_found(err):\n    return f"<p>No page at {request.path}</p>", 404', path: 'app/errors.py', findings: [{ line: 7 }] },
    { code: 'from flask import Blueprint, request\n\nbp = Blueprint("site", __name__)\n\n@bp.app_errorhandler(404)\ndef not_found(err):\n    return "<h1>Missing: " + request.args.get("q", "") + "</h1>", 404', path: 'app/errors.py', findings: [{ line: 7 }] },
  ],
})

const PING = 'import ipaddress\nimport logging\nimport socket\nfrom urllib.parse import urlparse\n\nimport requests\nfrom flask import Flask, abort, request\n\napp = Flask(__name__)\n\n@app.post("/ping")\ndef ping():\n    url = request.json["url"]\n    host = urlparse(url).hostname or ""\n    addr = ipaddress.ip_address(socket.gethostbyname(host))\n'

testRule(registered('python/ssrf'), {
  valid: [
    { code: `${PING}    if addr.is_private or addr.is_loopback or addr.is_link_local:\n        abort(400)\n    return requests.post(url, timeout=5).text`, path: 'app/hooks.py' },
    { code: `${PING}    if not addr.is_global:\n        abort(400)\n    return requests.post(url, timeout=5).text`, path: 'app/hooks.py' },
  ],
  invalid: [
    { code: `${PING}    if addr.is_private:\n        logging.warning("private address %s", addr)\n    return requests.post(url, timeout=5).text`, path: 'app/hooks.py', findings: [{ line: 18 }] },
    { code: `${PING}    return requests.post(url, timeout=5).text`, path: 'app/hooks.py', findings: [{ line: 16 }] },
  ],
})
