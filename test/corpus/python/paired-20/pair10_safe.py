# corpus: path=app/hooks/views.py
from urllib.parse import urlparse

import requests
from flask import Blueprint, abort, request

bp = Blueprint("hooks", __name__)
ALLOWED = {"hooks.slack.com", "api.pagerduty.com"}


@bp.post("/hooks/test")
def test_hook():
    url = request.json["url"]
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED:
        abort(400, "bad url")
    resp = requests.post(url, json={"text": "test"}, timeout=5)  # ok: ssrf
    return {"status": resp.status_code}
