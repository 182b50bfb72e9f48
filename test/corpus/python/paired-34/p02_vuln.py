# corpus: path=app/integrations/webhooks.py
import requests
from flask import Blueprint, jsonify, request

bp = Blueprint("webhooks", __name__)


class WebhookTester:
    def __init__(self, target_url, secret):
        self.target_url = target_url
        self.secret = secret

    def ping(self):
        resp = requests.post(  # expect: ssrf
            self.target_url,
            json={"event": "ping"},
            headers={"X-Hook-Secret": self.secret},
            timeout=5,
        )
        return resp.status_code


@bp.post("/integrations/webhook/test")
def test_webhook():
    payload = request.get_json(force=True)
    tester = WebhookTester(payload["url"], payload.get("secret", ""))
    return jsonify({"status": tester.ping()})
