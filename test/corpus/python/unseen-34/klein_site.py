# corpus: path=statuspage/site.py
"""Public status site and a few operator tools, served by Klein on Twisted."""
import html
import json
import os
import re
from urllib.parse import urlparse

from klein import Klein
from twisted.internet import utils
from twisted.python.filepath import FilePath
from twisted.web.static import File

app = Klein()

ASSETS = FilePath(os.environ.get("STATUS_ASSETS", "/srv/status/assets"))
INCIDENT_DIR = "/srv/status/incidents"
DIG = "/usr/bin/dig"
HOSTNAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9.-]{0,252}")


def _arg(request, name, default=""):
    # Twisted keeps every query value as a list of bytes, keyed by bytes.
    values = request.args.get(name.encode(), [default.encode()])
    return values[0].decode("utf-8", "replace")


@app.route("/")
def index(request):
    request.setHeader(b"content-type", b"text/html; charset=utf-8")
    return "<h1>All systems operational</h1>"


@app.route("/subscribe/thanks")
def subscribed(request):
    email = _arg(request, "email")
    request.setHeader(b"content-type", b"text/html; charset=utf-8")
    return f"<p>Thanks, {email}! You will hear from us when something breaks.</p>"  # expect: xss


@app.route("/subscribe/thanks/v2")
def subscribed_v2(request):
    email = _arg(request, "email")
    request.setHeader(b"content-type", b"text/html; charset=utf-8")
    return f"<p>Thanks, {html.escape(email)}! You will hear from us when something breaks.</p>"  # ok: xss


@app.route("/incidents/<slug>")
def incident(request, slug):
    # The slug comes from the URL path, so it may be anything the visitor typed.
    return File(os.path.join(INCIDENT_DIR, slug + ".html"))  # expect: path-traversal


@app.route("/assets/<name>")
def asset(request, name):
    # FilePath.child refuses separators and "..", so the file stays under ASSETS.
    return File(ASSETS.child(name).path)  # ok: path-traversal


@app.route("/go")
def go(request):
    target = _arg(request, "to", "/")
    return request.redirect(target.encode())  # expect: open-redirect


@app.route("/go/v2")
def go_v2(request):
    target = _arg(request, "to", "/")
    if urlparse(target).netloc or not target.startswith("/") or target.startswith("//"):
        target = "/"
    return request.redirect(target.encode())  # ok: open-redirect


@app.route("/tools/dns")
async def dns_lookup(request):
    host = _arg(request, "host")
    out = await utils.getProcessOutput("/bin/sh", ["-c", f"{DIG} +short {host}"])  # expect: command-injection
    request.setHeader(b"content-type", b"text/plain")
    return out


@app.route("/tools/dns/v2")
async def dns_lookup_v2(request):
    host = _arg(request, "host")
    if not HOSTNAME.fullmatch(host):
        request.setResponseCode(400)
        return b"bad host"
    out = await utils.getProcessOutput(DIG, ["+short", host])  # ok: command-injection
    request.setHeader(b"content-type", b"text/plain")
    return out


@app.route("/api/components", methods=["GET"])
def components(request):
    request.setHeader(b"content-type", b"application/json")
    with open(os.path.join(os.path.dirname(__file__), "components.json")) as fh:  # ok: path-traversal
        return json.dumps(json.load(fh))
