/**
 * Twisted (twisted.web resources, Klein routes, the process helpers), pexpect and plumbum command
 * lines, Connexion's request proxy, Piccolo's raw SQL pieces and Beanie documents: each source or
 * sink with the look-alike that must stay quiet.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const FLASK = 'from flask import request\n'

testRule(registered('python/shell-injection'), {
  valid: [
    // a program and its arguments: pexpect runs no shell of its own
    `import pexpect\n${FLASK}@app.route("/r")\ndef r():\n    child = pexpect.spawn("ssh", [f"deploy@{HOST}", "uptime"])`,
    // the service checked against an allow-list before the command line is built
    `import pexpect\n${FLASK}@app.route("/t")\ndef t():\n    service = request.args["s"]\n    if service not in ALLOWED:\n        abort(404)\n    return pexpect.run(f"journalctl -u {service} -n 200")`,
    // Twisted: the program first, each value its own argument
    `from twisted.internet import utils\n${FLASK}@app.route("/d")\ndef d():\n    return utils.getProcessOutput("/usr/bin/dig", ["+short", request.args["h"]])`,
    // plumbum: git with the client's ref as one argument
    `from plumbum import local\n${FLASK}git = local["git"]\n@app.route("/l")\ndef l():\n    return git("log", "--oneline", request.args["ref"])`,
  ],
  invalid: [
    { code: `import pexpect\n${FLASK}@app.route("/r")\ndef r():\n    host = request.args["h"]\n    pexpect.spawn(f"ssh deploy@{host} uptime")`, findings: [{ line: 6, message: /splits an f-string/ }] },
    { code: `import pexpect\n${FLASK}@app.route("/b")\ndef b():\n    pexpect.spawn("/bin/bash", ["-c", f"pg_dump {request.form['db']} | gzip"])`, findings: [{ line: 5, message: /`\/bin\/bash -c` with a script/ }] },
    { code: `from twisted.internet import utils\n${FLASK}@app.route("/d")\ndef d():\n    return utils.getProcessOutput("/bin/sh", ["-c", f"dig +short {request.args['h']}"])`, findings: [{ line: 5 }] },
    { code: `from plumbum import local\n${FLASK}@app.route("/g")\ndef g():\n    sh = local["sh"]\n    return sh("-c", f"grep '{request.args['q']}' /var/log/app.log")`, findings: [{ line: 6, message: /`sh -c`/ }] },
  ],
})

testRule(registered('python/path-traversal'), {
  valid: [
    // FilePath.child refuses separators and `..`
    'import os\nfrom klein import Klein\nfrom twisted.python.filepath import FilePath\nfrom twisted.web.static import File\napp = Klein()\nASSETS = FilePath("/srv/assets")\n@app.route("/assets/<name>")\ndef asset(request, name):\n    return File(ASSETS.child(name).path)',
    // Connexion's request, with safe_join
    'from connexion import request\nfrom flask import send_file\nfrom werkzeug.utils import safe_join\ndef download():\n    return send_file(safe_join(DIR, request.args["file"]))',
  ],
  invalid: [
    { code: 'import os\nfrom klein import Klein\nfrom twisted.web.static import File\napp = Klein()\n@app.route("/incidents/<slug>")\ndef incident(request, slug):\n    return File(os.path.join(DIR, slug + ".html"))', findings: [{ line: 7 }] },
    { code: 'import os\nfrom connexion import request\nfrom flask import send_file\ndef download():\n    return send_file(os.path.join(DIR, request.args["file"]))', findings: [{ line: 5 }] },
    { code: 'import os\nimport connexion\ndef report():\n    with open(os.path.join(DIR, connexion.request.args["r"] + ".sql")) as fh:\n        return fh.read()', findings: [{ line: 4 }] },
  ],
})

testRule(registered('python/open-redirect'), {
  valid: [
    'from urllib.parse import urlparse\nfrom klein import Klein\napp = Klein()\n@app.route("/go")\ndef go(request):\n    target = request.args.get(b"to", [b"/"])[0].decode()\n    if urlparse(target).netloc or not target.startswith("/") or target.startswith("//"):\n        target = "/"\n    return request.redirect(target.encode())',
    // a redirect the code writes
    'from klein import Klein\napp = Klein()\n@app.route("/home")\ndef home(request):\n    return request.redirect(b"/dashboard")',
  ],
  invalid: [
    { code: 'from klein import Klein\napp = Klein()\n@app.route("/go")\ndef go(request):\n    target = request.args.get(b"to", [b"/"])[0].decode()\n    return request.redirect(target.encode())', findings: [{ line: 6 }] },
    { code: 'from connexion import request\nfrom flask import redirect\ndef done():\n    return redirect(request.args.get("return_to", "/"))', findings: [{ line: 4 }] },
  ],
})

testRule(registered('python/xss'), {
  valid: [
    'import html\nfrom twisted.web.resource import Resource\nclass Page(Resource):\n    def render_GET(self, request):\n        note = request.args.get(b"note", [b""])[0].decode()\n        return f"<p>{html.escape(note)}</p>".encode()',
    // not a responder: a helper method of the resource
    'from twisted.web.resource import Resource\nclass Page(Resource):\n    def render_row(self, name):\n        return f"<td>{name}</td>"',
  ],
  invalid: [
    { code: 'from twisted.web.resource import Resource\nclass Page(Resource):\n    def render_GET(self, request):\n        note = request.args.get(b"note", [b""])[0].decode()\n        return f"<p>{note}</p>".encode("utf-8")', findings: [{ line: 5 }] },
    { code: 'from twisted.web.resource import Resource\nclass Page(Resource):\n    def render_POST(self, request):\n        note = request.args.get(b"note", [b""])[0].decode()\n        heading = "<h1>Notes</h1>"\n        if note:\n            heading += f"<p>{note}</p>"\n        return heading.encode()', findings: [{ line: 8 }] },
  ],
})

testRule(registered('python/sql-injection'), {
  valid: [
    // Piccolo binds what follows the SQL into its {} slots
    'from piccolo.columns.combination import WhereRaw\n@router.get("/bands")\nasync def bands(genre: str):\n    return await Band.select().where(WhereRaw("genre = {}", genre))',
  ],
  invalid: [
    { code: 'from piccolo.columns.combination import WhereRaw\n@router.get("/bands")\nasync def bands(genre: str):\n    return await Band.select().where(WhereRaw(f"genre = \'{genre}\'"))', findings: [{ line: 4 }] },
  ],
})

testRule(registered('python/nosql-injection'), {
  valid: [
    'import json\nfrom beanie import Document\n@router.get("/search")\nasync def search(product_id: str):\n    return await Review.find(Review.product_id == product_id).to_list()',
  ],
  invalid: [
    { code: 'import json\nfrom beanie import Document\nfrom fastapi import Request\n@router.get("/search")\nasync def search(request: Request):\n    criteria = json.loads(request.query_params.get("filter", "{}"))\n    return await Review.find(criteria).to_list()', findings: [{ line: 7 }] },
  ],
})

testRule(registered('python/mass-assignment'), {
  valid: [
    'from beanie import Document\n@router.patch("/{rid}")\nasync def edit(rid: str, changes: ReviewEdit):\n    review = await Review.get(rid)\n    await review.set(changes.model_dump(exclude_unset=True))',
    'from beanie import Document\n@router.post("/{rid}/approve")\nasync def approve(rid: str):\n    review = await Review.get(rid)\n    await review.set({Review.approved: True})',
  ],
  invalid: [
    { code: 'from beanie import Document\nfrom fastapi import Request\n@router.patch("/{rid}")\nasync def edit(rid: str, request: Request):\n    review = await Review.get(rid)\n    await review.set(await request.json())', findings: [{ line: 6 }] },
    { code: 'from beanie import Document\nfrom fastapi import Request\n@router.post("")\nasync def create(request: Request):\n    data = await request.json()\n    review = Review(**data)\n    await review.insert()', findings: [{ line: 6 }] },
  ],
})

testRule(registered('python/ssrf'), {
  valid: [
    // the address is the registry's, found by the name the client gave
    'from urllib.request import urlopen\nfrom twisted.web.resource import Resource\nclass Probe(Resource):\n    def render_GET(self, request):\n        node = node_by_name(request.args.get(b"node", [b""])[0].decode())\n        with urlopen(f"http://{node.address}:9102/status") as resp:\n            return resp.read()',
  ],
  invalid: [
    { code: 'from urllib.request import urlopen\nfrom twisted.web.resource import Resource\nclass Probe(Resource):\n    def render_GET(self, request):\n        agent = request.args.get(b"agent", [b""])[0].decode()\n        with urlopen(f"http://{agent}/status") as resp:\n            return resp.read()', findings: [{ line: 6 }] },
  ],
})
