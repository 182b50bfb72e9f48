# corpus: path=integrations/webhooks.py
import ipaddress
import socket
from urllib.parse import urlparse

import httpx
import requests
from flask import Blueprint, abort, jsonify, request

bp = Blueprint("webhooks", __name__)
SLACK_API = "https://slack.com/api/chat.postMessage"


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
    return jsonify(status=resp.status_code)


@bp.post("/webhooks/test-safe")
def test_webhook_safe():
    url = request.json["url"]
    parsed = urlparse(url)
    if parsed.scheme != "https" or not parsed.hostname or not _is_public(parsed.hostname):
        abort(400, "webhook must be a public https URL")
    resp = requests.post(url, json={"event": "ping"}, timeout=5, allow_redirects=False)  # ok: ssrf
    return jsonify(status=resp.status_code)


@bp.post("/webhooks/slack")
def notify_slack():
    text = request.json["text"]
    resp = requests.post(SLACK_API, json={"channel": "#alerts", "text": text}, timeout=5)  # ok: ssrf
    return jsonify(ok=resp.ok)


@bp.get("/webhooks/preview")
def link_preview():
    link = request.args.get("link", "")
    with httpx.Client(follow_redirects=True, timeout=5) as client:
        page = client.get(link)  # expect: ssrf
    return jsonify(title=_extract_title(page.text))


def _extract_title(html: str) -> str:
    start = html.find("<title>")
    end = html.find("</title>", start)
    return html[start + 7 : end].strip() if start != -1 and end != -1 else ""
