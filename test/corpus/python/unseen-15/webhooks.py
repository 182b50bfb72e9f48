# corpus: path=app/integrations/webhooks.py
import hashlib
import hmac
import json
import logging
from urllib.parse import urlparse

import requests
from flask import Blueprint, abort, current_app, jsonify, request

from app.auth import login_required
from app.models import Webhook, db

bp = Blueprint("webhooks", __name__, url_prefix="/webhooks")
log = logging.getLogger(__name__)

ALLOWED_HOSTS = {"hooks.slack.com", "discord.com", "api.pagerduty.com"}
TIMEOUT = (3.05, 10)


def _sign(secret: str, body: bytes) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


@bp.post("/test")
@login_required
def send_test_event():
    payload = request.get_json(force=True)
    target = payload["url"]
    body = json.dumps({"event": "ping", "source": "settings"}).encode()
    resp = requests.post(target, data=body, timeout=TIMEOUT)  # expect: ssrf
    return jsonify(status=resp.status_code)


@bp.post("/")
@login_required
def create_webhook():
    payload = request.get_json(force=True)
    url = payload.get("url", "")
    host = urlparse(url).hostname or ""
    if urlparse(url).scheme != "https" or host not in ALLOWED_HOSTS:
        abort(400, description="unsupported webhook host")
    hook = Webhook(url=url, secret=payload.get("secret") or "", owner_id=request.user.id)
    db.session.add(hook)
    db.session.commit()
    body = json.dumps({"event": "created", "id": hook.id}).encode()
    requests.post(url, data=body, timeout=TIMEOUT)  # ok: ssrf
    return jsonify(id=hook.id), 201


@bp.get("/<int:hook_id>/deliveries")
@login_required
def list_deliveries(hook_id: int):
    hook = Webhook.query.get_or_404(hook_id)
    if hook.owner_id != request.user.id:
        abort(404)
    page = request.args.get("page", 1, type=int)
    rows = hook.deliveries.order_by("-created_at").paginate(page=page, per_page=50)
    return jsonify([d.to_dict() for d in rows.items])


@bp.get("/avatar")
def fetch_avatar():
    src = request.args.get("src", "")
    r = requests.get(src, stream=True, timeout=5)  # expect: ssrf
    return r.raw.read(), r.status_code, {"Content-Type": r.headers.get("Content-Type", "image/png")}


def deliver(hook: Webhook, event: dict) -> bool:
    body = json.dumps(event, separators=(",", ":")).encode()
    headers = {"Content-Type": "application/json", "X-Signature": _sign(hook.secret, body)}
    try:
        resp = requests.post(hook.url, data=body, headers=headers, timeout=TIMEOUT)
    except requests.RequestException as exc:
        log.warning("delivery to %s failed: %s", hook.id, exc)
        return False
    if resp.status_code >= 500:
        current_app.logger.info("retrying webhook %s later", hook.id)
        return False
    return resp.ok
