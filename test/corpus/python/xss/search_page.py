# corpus: path=web/search.py
import html

import jinja2
from flask import Blueprint, make_response, render_template, request
from markupsafe import Markup, escape

bp = Blueprint("search", __name__)


@bp.get("/search")
def search():
    q = request.args.get("q", "")
    results = run_search(q)
    return render_template("search.html", q=q, results=results)  # ok: xss


@bp.get("/search/legacy")
def search_legacy():
    q = request.args.get("q", "")
    body = "<h1>Results for " + q + "</h1>"
    return make_response(body)  # expect: xss


@bp.get("/search/legacy-escaped")
def search_legacy_escaped():
    q = request.args.get("q", "")
    body = "<h1>Results for " + html.escape(q) + "</h1>"
    return make_response(body)  # ok: xss


@bp.get("/search/hint")
def hint():
    term = request.args.get("term", "")
    return f"<p>No results for <b>{term}</b>. Try a shorter query.</p>"  # expect: xss


@bp.get("/search/hint-safe")
def hint_safe():
    term = request.args.get("term", "")
    return f"<p>No results for <b>{escape(term)}</b>. Try a shorter query.</p>"  # ok: xss


@bp.get("/search/banner")
def banner():
    message = request.args.get("msg", "")
    return render_template("banner.html", message=Markup(message))  # expect: xss


@bp.get("/search/banner-safe")
def banner_safe():
    message = request.args.get("msg", "")
    return render_template("banner.html", message=Markup("<strong>%s</strong>") % message)  # ok: xss


def run_search(q):
    return []
