# corpus: path=app/portal/routes.py
import ipaddress
import json
import os
import socket
from urllib.parse import urlparse

import requests
from flask import (Blueprint, Markup, abort, current_app, flash, redirect, render_template,
                   render_template_string, request, send_from_directory, session, url_for)
from werkzeug.security import safe_join

from ..auth import login_required
from ..models import Page, User, db

bp = Blueprint("portal", __name__)

PARTNER_HOSTS = {"partners.example.com", "cdn.example.com"}
THEMES = ("default", "contrast", "compact")


def is_public_host(hostname):
    try:
        addr = ipaddress.ip_address(socket.gethostbyname(hostname))
    except (socket.gaierror, ValueError):
        return False
    return addr.is_global


@bp.get("/go")
def go():
    target = request.args.get("to", "/")
    return redirect(target)  # expect: open-redirect


@bp.get("/login/done")
def login_done():
    target = request.args.get("next") or url_for("portal.home")
    if urlparse(target).netloc not in ("", request.host):
        target = url_for("portal.home")
    return redirect(target)  # ok: open-redirect


@bp.get("/")
@login_required
def home():
    theme = session.get("theme", "default")
    return render_template("portal/home.html", theme=theme)


@bp.get("/greet")
def greet():
    name = request.args.get("name", "guest")
    return render_template_string("<h1>Hello " + name + "</h1>")  # expect: template-injection


@bp.get("/greet/safe")
def greet_safe():
    name = request.args.get("name", "guest")
    return render_template_string("<h1>Hello {{ name }}</h1>", name=name)  # ok: template-injection


@bp.get("/notice")
def notice():
    msg = request.args.get("msg", "")
    return render_template("portal/notice.html", banner=Markup(msg))  # expect: xss


@bp.get("/avatar")
@login_required
def avatar_proxy():
    src = request.args.get("src", "")
    resp = requests.get(src, timeout=5)  # expect: ssrf
    return resp.content, resp.status_code, {"Content-Type": resp.headers.get("Content-Type", "image/png")}


@bp.get("/partner-asset")
@login_required
def partner_asset():
    src = request.args.get("src", "")
    host = urlparse(src).hostname
    if host not in PARTNER_HOSTS:
        abort(400)
    resp = requests.get(src, timeout=5)  # ok: ssrf
    return resp.content, resp.status_code


@bp.post("/link-check")
@login_required
def link_check():
    url = request.form["url"]
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not is_public_host(parsed.hostname):
        abort(400)
    resp = requests.head(url, timeout=5, allow_redirects=False)  # ok: ssrf
    return {"status": resp.status_code}


@bp.get("/docs/<path:name>")
def docs(name):
    return send_from_directory(current_app.config["DOCS_DIR"], name)  # ok: path-traversal


@bp.get("/themes/<theme>/css")
def theme_css(theme):
    path = safe_join(current_app.config["THEME_DIR"], theme, "site.css")  # ok: path-traversal
    if path is None or not os.path.exists(path):
        abort(404)
    with open(path) as fh:
        return fh.read(), 200, {"Content-Type": "text/css"}


@bp.get("/exports/<name>")
@login_required
def export_file(name):
    with open(os.path.join(current_app.config["EXPORT_DIR"], name), "rb") as fh:  # expect: path-traversal
        return fh.read()


@bp.post("/settings")
@login_required
def save_settings():
    theme = request.form.get("theme", "default")
    if theme not in THEMES:
        theme = "default"
    session["theme"] = theme
    prefs = json.loads(request.form.get("prefs", "{}"))  # ok: unsafe-deserialization
    user = User.query.get(session["user_id"])
    user.prefs = prefs
    db.session.commit()
    flash("saved")
    return redirect(url_for("portal.home"))


@bp.get("/pages/<slug>")
def page(slug):
    pg = Page.query.filter_by(slug=slug, published=True).first_or_404()
    sort = request.args.get("sort", "id")
    if sort not in ("id", "title", "created"):
        sort = "id"
    children = db.session.execute(db.text(f"SELECT id, title FROM pages WHERE parent_id = :p ORDER BY {sort}"), {"p": pg.id}).fetchall()  # ok: sql-injection
    return render_template("portal/page.html", page=pg, children=children)


@bp.get("/lookup")
def lookup():
    ids = request.args.get("ids", "")
    id_list = ",".join(str(int(i)) for i in ids.split(",") if i)
    rows = db.session.execute(db.text(f"SELECT id, name FROM users WHERE id IN ({id_list})")).fetchall()  # ok: sql-injection
    email = request.args.get("email", "")
    user = db.session.execute(db.text("SELECT id FROM users WHERE email = '" + email + "'")).first()  # expect: sql-injection
    return {"rows": [list(r) for r in rows], "user": user[0] if user else None}


@bp.get("/check")
def check_status():
    status = request.args.get("status")
    if status is "active":  # expect: literal-identity
        return {"active": True}
    try:
        count = int(request.args.get("count", "0"))
    except:  # expect: bare-except
        count = 0
    return {"count": count}
