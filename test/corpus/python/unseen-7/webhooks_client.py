# corpus: path=integrations/webhooks.py
import hashlib
import hmac
import json
import logging
from urllib.parse import urlparse

import httpx
import requests
from flask import Blueprint, abort, current_app, jsonify, request

from .models import Subscription, db

log = logging.getLogger(__name__)
bp = Blueprint("webhooks", __name__)

PARTNER_HOSTS = frozenset({"hooks.slack.com", "discord.com", "api.pagerduty.com"})


@bp.post("/subscriptions/test")
def test_subscription():
    payload = request.get_json(force=True)
    target = payload["callback_url"]
    r = requests.post(target, json={"event": "ping"}, timeout=5)  # expect: ssrf
    return jsonify({"status": r.status_code})


@bp.post("/subscriptions/verify")
def verify_subscription():
    payload = request.get_json(force=True)
    target = payload["callback_url"]
    parsed = urlparse(target)
    if parsed.scheme != "https" or parsed.hostname not in PARTNER_HOSTS:
        abort(400)
    r = requests.post(target, json={"event": "verify"}, timeout=5)  # ok: ssrf
    return jsonify({"status": r.status_code})


@bp.get("/avatars/proxy")
def proxy_avatar():
    src = request.args["src"]
    with httpx.Client(follow_redirects=True) as client:
        resp = client.get(src)  # expect: ssrf
    return resp.content, 200, {"Content-Type": resp.headers.get("content-type", "image/png")}


@bp.get("/tenants/<tenant>/health")
def tenant_health(tenant):
    resp = httpx.get(f"https://{tenant}.internal.example.com/health", timeout=3)  # expect: ssrf
    return jsonify(resp.json())


@bp.get("/regions/<int:region_id>/health")
def region_health(region_id):
    resp = httpx.get(f"https://region-{region_id}.example.com/health", timeout=3)  # ok: ssrf
    return jsonify(resp.json())


@bp.get("/github/<owner>/<repo>")
def github_repo(owner, repo):
    resp = requests.get(f"https://api.github.com/repos/{owner}/{repo}", timeout=5)  # ok: ssrf
    return jsonify(resp.json())


def deliver(subscription_id: int, event: dict) -> None:
    sub = db.session.get(Subscription, subscription_id)
    body = json.dumps(event).encode()
    sig = hmac.new(sub.secret.encode(), body, hashlib.sha256).hexdigest()
    resp = requests.post(sub.url, data=body, headers={"X-Signature": sig}, timeout=5)
    log.info("delivered %s -> %s", subscription_id, resp.status_code)


def notify_ops(message: str) -> None:
    requests.post(current_app.config["OPS_WEBHOOK_URL"], json={"text": message}, timeout=5)  # ok: ssrf
