# corpus: path=integrations/hooks.py
import logging
from urllib.parse import urlparse

import requests
from flask import Blueprint, jsonify, request

log = logging.getLogger(__name__)
bp = Blueprint("hooks", __name__)
TRUSTED_HOSTS = {"hooks.slack.com", "discord.com"}


@bp.post("/integrations/test")
def test_integration():
    payload = request.get_json(force=True)
    url = payload["url"]
    log.info("testing integration %s", url)
    resp = requests.post(url, json={"text": "test"}, timeout=5)  # expect: ssrf
    return jsonify(status=resp.status_code)


@bp.post("/integrations/notify")
def notify():
    payload = request.get_json(force=True)
    url = payload["url"]
    if urlparse(url).hostname not in TRUSTED_HOSTS:
        return jsonify(error="host not allowed"), 400
    log.info("notifying %s", url)
    resp = requests.post(url, json={"text": payload.get("text", "")}, timeout=5)  # ok: ssrf
    return jsonify(status=resp.status_code)
