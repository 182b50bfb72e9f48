# corpus: path=app/integrations/preview.py
import ipaddress
import socket
import urllib.request
from urllib.parse import urlparse

import httpx
import requests
from flask import Blueprint, abort, current_app, jsonify, request
from markupsafe import Markup, escape

bp = Blueprint("preview", __name__, url_prefix="/preview")

TRUSTED_FEED_HOSTS = {"status.stripe.com", "www.githubstatus.com", "status.slack.com"}
TIMEOUT = 5


def _is_public(hostname):
    try:
        infos = socket.getaddrinfo(hostname, None)
    except socket.gaierror:
        return False
    for info in infos:
        addr = ipaddress.ip_address(info[4][0])
        if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved:
            return False
    return True


@bp.get("/card")
def link_card():
    url = request.args.get("url", "")
    resp = requests.get(url, timeout=TIMEOUT, headers={"User-Agent": "preview-bot/1.2"})  # expect: ssrf
    title = _extract_title(resp.text)
    return jsonify({"url": url, "title": title})


@bp.get("/safe-card")
def safe_card():
    url = request.args.get("url", "")
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname or not _is_public(parsed.hostname):
        abort(400)
    resp = requests.get(url, timeout=TIMEOUT, allow_redirects=False)  # ok: ssrf
    return jsonify({"url": url, "title": _extract_title(resp.text)})


@bp.post("/status")
def status_feed():
    payload = request.get_json(force=True)
    host = payload.get("host", "")
    if host not in TRUSTED_FEED_HOSTS:
        abort(400, "unknown status page")
    data = httpx.get(f"https://{host}/api/v2/status.json", timeout=TIMEOUT).json()  # ok: ssrf
    return jsonify({"host": host, "indicator": data["status"]["indicator"]})


@bp.post("/webhook-test")
def webhook_test():
    target = request.form["endpoint"]
    with httpx.Client(timeout=TIMEOUT) as client:
        r = client.post(target, json={"event": "ping"})  # expect: ssrf
    return jsonify({"status": r.status_code})


@bp.get("/avatar")
def fetch_avatar():
    src = request.args["src"]
    with urllib.request.urlopen(src, timeout=TIMEOUT) as fh:  # expect: ssrf
        body = fh.read(512_000)
    return current_app.response_class(body, mimetype="image/png")


@bp.get("/oembed")
def oembed():
    provider = current_app.config["OEMBED_ENDPOINT"]
    page = request.args.get("url", "")
    r = requests.get(provider, params={"url": page, "format": "json"}, timeout=TIMEOUT)  # ok: ssrf
    return jsonify(r.json())


@bp.get("/proxy/<path:subpath>")
def internal_proxy(subpath):
    base = current_app.config["INVENTORY_SERVICE_URL"]
    r = requests.get(f"{base}/{subpath}", timeout=TIMEOUT)  # expect: ssrf
    return jsonify(r.json()), r.status_code


@bp.get("/snippet")
def snippet():
    url = request.args.get("url", "")
    title = request.args.get("title", "")
    html = Markup('<a href="{}" rel="nofollow">{}</a>').format(url, title)  # ok: xss
    return html


@bp.get("/raw-snippet")
def raw_snippet():
    title = request.args.get("title", "")
    return Markup(f"<h3 class='preview-title'>{title}</h3>")  # expect: xss


@bp.get("/escaped")
def escaped_snippet():
    title = request.args.get("title", "")
    return Markup("<h3>%s</h3>") % escape(title)  # ok: xss


def _extract_title(html):
    start = html.find("<title>")
    end = html.find("</title>", start)
    if start == -1 or end == -1:
        return None
    return html[start + 7 : end].strip()[:200]
