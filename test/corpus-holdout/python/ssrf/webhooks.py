# corpus: path=integrations/webhooks.py
import ipaddress
import logging
import socket
from urllib.parse import urlparse

import httpx
import requests
from flask import Blueprint, abort, jsonify, request

log = logging.getLogger(__name__)
bp = Blueprint("webhooks", __name__)

PARTNER_HOSTS = {"hooks.slack.com", "api.pagerduty.com", "events.pagerduty.com"}


def _is_public(host: str) -> bool:
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror:
        return False
    return all(ipaddress.ip_address(info[4][0]).is_global for info in infos)


@bp.post("/webhooks/test")
def test_webhook():
    url = request.json["url"]
    resp = requests.post(url, json={"event": "ping"}, timeout=5)  # expect: ssrf
    return jsonify({"status": resp.status_code})


@bp.post("/webhooks/partner")
def partner_webhook():
    url = request.json["url"]
    if urlparse(url).hostname not in PARTNER_HOSTS:
        abort(400)
    resp = requests.post(url, json={"event": "ping"}, timeout=5)  # ok: ssrf
    return jsonify({"status": resp.status_code})


@bp.get("/preview")
def link_preview():
    target = request.args.get("url", "")
    with httpx.Client(follow_redirects=True, timeout=3) as client:
        page = client.get(target)  # expect: ssrf
    return jsonify({"title": page.text[:200]})


@bp.get("/avatar-proxy")
def avatar_proxy():
    src = request.args.get("src", "")
    host = urlparse(src).hostname or ""
    if urlparse(src).scheme != "https" or not _is_public(host):
        abort(400)
    data = requests.get(src, timeout=3, allow_redirects=False).content  # ok: ssrf
    return data, 200, {"Content-Type": "image/png"}


@bp.get("/status")
def upstream_status():
    resp = requests.get("https://status.example.com/api/v2/status.json", timeout=3)  # ok: ssrf
    return jsonify(resp.json())
