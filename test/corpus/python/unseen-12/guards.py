# corpus: path=app/files/views.py
import html
import os
import re
from urllib.parse import urlparse

import requests
from flask import Flask, abort, redirect, request, send_from_directory

app = Flask(__name__)
UPLOAD_DIR = os.path.realpath("/srv/uploads")
PARTNER_HOSTS = {"api.partner.example", "cdn.partner.example"}
SLUG = re.compile(r"[A-Za-z0-9_-]{1,64}")


@app.get("/files/<path:name>")
def get_file(name):
    full = os.path.realpath(os.path.join(UPLOAD_DIR, name))
    if not full.startswith(UPLOAD_DIR + os.sep):
        abort(403)
    return open(full, "rb").read()  # ok: path-traversal


@app.get("/files/raw")
def get_file_raw():
    name = request.args.get("name", "")
    if ".." in name or name.startswith("/"):
        abort(400)
    with open(os.path.join(UPLOAD_DIR, name), "rb") as fh:  # ok: path-traversal
        return fh.read()


@app.get("/files/by-slug")
def get_by_slug():
    slug = request.args.get("slug", "")
    if not SLUG.fullmatch(slug):
        abort(400)
    return send_from_directory(UPLOAD_DIR, slug + ".pdf")  # ok: path-traversal


@app.get("/files/unsafe")
def get_file_unsafe():
    name = request.args.get("name", "")
    if not name:
        abort(400)
    with open(os.path.join(UPLOAD_DIR, name), "rb") as fh:  # expect: path-traversal
        return fh.read()


@app.post("/fetch")
def fetch_partner():
    url = request.form["url"]
    host = urlparse(url).hostname
    if host not in PARTNER_HOSTS:
        abort(400)
    return requests.get(url, timeout=5).text  # ok: ssrf


@app.post("/fetch/unsafe")
def fetch_any():
    url = request.form["url"]
    if not url.startswith("http"):
        abort(400)
    return requests.get(url, timeout=5).text  # expect: ssrf


@app.get("/greet")
def greet():
    name = request.args.get("name", "")
    return "<p>Hello " + html.escape(name) + "</p>"  # ok: xss


@app.get("/greet/unsafe")
def greet_unsafe():
    name = request.args.get("name", "")
    return "<p>Hello " + name + "</p>"  # expect: xss


@app.get("/go")
def go():
    target = request.args.get("to", "/")
    parsed = urlparse(target)
    if parsed.netloc and parsed.netloc != request.host:
        target = "/"
    return redirect(target)  # ok: open-redirect


@app.get("/item")
def item():
    item_id = int(request.args["id"])
    from .db import conn
    return str(conn.execute(f"SELECT name FROM items WHERE id = {item_id}").fetchone())  # ok: sql-injection
