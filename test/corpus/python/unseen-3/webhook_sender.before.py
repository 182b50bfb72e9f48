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
    return jsonify(queued=True)


@bp.post("/integrations/notify")
def notify():
    payload = request.get_json(force=True)
    url = payload["url"]
    if urlparse(url).hostname not in TRUSTED_HOSTS:
        return jsonify(error="host not allowed"), 400
    log.info("notifying %s", url)
    return jsonify(queued=True)
