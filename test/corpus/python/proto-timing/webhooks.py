# corpus: path=app/integrations/webhooks.py
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, current_app, jsonify, request

from app.extensions import db
from app.models import Deployment, Subscription
from app.tasks import sync_subscription, trigger_deploy

log = logging.getLogger(__name__)
bp = Blueprint("webhooks", __name__, url_prefix="/webhooks")

GITHUB_SECRET = os.environ["GITHUB_WEBHOOK_SECRET"].encode()


@bp.post("/github")
def github():
    signature = request.headers.get("X-Hub-Signature-256", "")
    digest = hmac.new(GITHUB_SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if signature != f"sha256={digest}":  # expect: timing-unsafe-comparison
        abort(401)
    event = request.headers.get("X-GitHub-Event")
    if event == "ping":  # ok: timing-unsafe-comparison
        return "", 204
    payload = request.get_json()
    if event == "push" and payload["ref"] == "refs/heads/main":  # ok: timing-unsafe-comparison
        trigger_deploy.delay(payload["after"])
    return jsonify(queued=True), 202


@bp.post("/paddle")
def paddle():
    header = request.headers.get("Paddle-Signature", "")
    parts = dict(item.split("=", 1) for item in header.split(";") if "=" in item)
    signed = f"{parts.get('ts', '')}:{request.get_data(as_text=True)}"
    expected = hmac.new(current_app.config["PADDLE_WEBHOOK_SECRET"].encode(), signed.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, parts.get("h1", "")):  # ok: timing-unsafe-comparison
        abort(401)
    event = request.get_json()
    if event["event_type"] == "subscription.updated":  # ok: timing-unsafe-comparison
        sync_subscription.delay(event["data"]["id"])
    return "", 200


@bp.post("/lemonsqueezy")
def lemonsqueezy():
    secret = current_app.config["LEMONSQUEEZY_SIGNING_SECRET"].encode()
    computed = hmac.new(secret, request.get_data(), hashlib.sha256).hexdigest()
    if computed == request.headers.get("X-Signature"):  # expect: timing-unsafe-comparison
        body = request.get_json()
        sub = Subscription.query.filter_by(external_id=str(body["data"]["id"])).first()
        if sub is not None:
            sub.status = body["data"]["attributes"]["status"]
            db.session.commit()
        return "", 200
    log.warning("lemonsqueezy signature mismatch")
    abort(401)


@bp.post("/deploy-hook")
def deploy_hook():
    token = request.args.get("token", "")
    if not token:  # ok: timing-unsafe-comparison
        abort(400)
    if token != current_app.config["DEPLOY_HOOK_TOKEN"]:  # expect: timing-unsafe-comparison
        abort(403)
    deployment = Deployment(ref=request.args.get("ref", "main"), requested_by="hook")
    db.session.add(deployment)
    db.session.commit()
    return jsonify(id=deployment.id), 201
