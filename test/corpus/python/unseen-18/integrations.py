# corpus: path=app/integrations/routes.py
import ipaddress
import logging
import socket
import subprocess
from urllib.parse import urlparse

import requests
import yaml
from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required

from ..extensions import db
from ..models import Integration

bp = Blueprint("integrations", __name__, url_prefix="/integrations")
log = logging.getLogger(__name__)

ALLOWED_PROVIDERS = {"slack", "teams", "pagerduty"}
TIMEOUT = 5


def _is_public(url: str) -> bool:
    host = urlparse(url).hostname or ""
    try:
        address = ipaddress.ip_address(socket.gethostbyname(host))
    except (socket.gaierror, ValueError):
        return False
    return not (address.is_private or address.is_loopback or address.is_link_local)


@bp.get("/")
@login_required
def list_integrations():
    rows = Integration.query.filter_by(team_id=current_user.team_id).all()
    return jsonify([row.to_dict() for row in rows])


@bp.post("/")
@login_required
def create_integration():
    body = request.get_json(force=True)
    provider = body.get("provider")
    if provider not in ALLOWED_PROVIDERS:
        abort(400, "unknown provider")
    integration = Integration(team_id=current_user.team_id, provider=provider, webhook_url=body["webhook_url"])
    db.session.add(integration)
    db.session.commit()
    return jsonify(integration.to_dict()), 201


@bp.post("/test")
@login_required
def test_webhook():
    payload = request.get_json(force=True)
    target = payload["url"]
    resp = requests.post(target, json={"text": "Test message"}, timeout=TIMEOUT)  # expect: ssrf
    return jsonify({"status": resp.status_code})


@bp.post("/<int:integration_id>/ping")
@login_required
def ping(integration_id):
    integration = Integration.query.filter_by(id=integration_id, team_id=current_user.team_id).first_or_404()
    if not _is_public(integration.webhook_url):
        abort(400, "webhook must be a public address")
    resp = requests.post(integration.webhook_url, json={"text": "ping"}, timeout=TIMEOUT)  # ok: ssrf
    return jsonify({"status": resp.status_code})


@bp.post("/import")
@login_required
def import_config():
    upload = request.files.get("config")
    if upload is None:
        abort(400, "missing file")
    config = yaml.load(upload.read(), Loader=yaml.Loader)  # expect: unsafe-deserialization
    created = 0
    for item in config.get("integrations", []):
        if item.get("provider") in ALLOWED_PROVIDERS:
            db.session.add(Integration(team_id=current_user.team_id, provider=item["provider"], webhook_url=item["url"]))
            created += 1
    db.session.commit()
    return jsonify({"created": created})


@bp.post("/import/preview")
@login_required
def preview_config():
    upload = request.files["config"]
    config = yaml.safe_load(upload.read())  # ok: unsafe-deserialization
    return jsonify({"integrations": len(config.get("integrations", []))})


@bp.post("/diagnostics")
@login_required
def diagnostics():
    host = request.form["host"]
    out = subprocess.run(f"ping -c 2 {host}", shell=True, capture_output=True, text=True, timeout=10)  # expect: command-injection
    return jsonify({"output": out.stdout[-2000:]})


@bp.post("/diagnostics/trace")
@login_required
def trace():
    host = request.form["host"]
    out = subprocess.run(["traceroute", "-m", "10", "--", host], capture_output=True, text=True, timeout=20)  # ok: command-injection
    current_app.logger.info("traceroute for %s by %s", host, current_user.id)
    return jsonify({"output": out.stdout[-4000:]})
