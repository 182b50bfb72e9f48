# corpus: path=app/integrations/webhooks.py
from urllib.parse import urlsplit

import requests
from flask import Blueprint, abort, jsonify, request

bp = Blueprint("webhooks", __name__)

HOOK_HOSTS = {"hooks.slack.com", "discord.com", "outlook.office.com"}


class WebhookTester:
    def __init__(self, target_url, secret):
        parts = urlsplit(target_url)
        if parts.scheme != "https" or parts.hostname not in HOOK_HOSTS:
            raise ValueError("unsupported webhook host")
        self.target_url = target_url
        self.secret = secret

    def ping(self):
        resp = requests.post(  # ok: ssrf
            self.target_url,
            json={"event": "ping"},
            headers={"X-Hook-Secret": self.secret},
            timeout=5,
            allow_redirects=False,
        )
        return resp.status_code


@bp.post("/integrations/webhook/test")
def test_webhook():
    payload = request.get_json(force=True)
    try:
        tester = WebhookTester(payload["url"], payload.get("secret", ""))
    except ValueError:
        abort(400)
    return jsonify({"status": tester.ping()})
