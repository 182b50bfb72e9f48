# corpus: path=shop/integrations.py
"""Outbound integrations: the carrier API, transactional mail and customer webhooks."""
import hashlib
import hmac
import http.client
import json
import logging
import os
import smtplib
import time
from email.message import EmailMessage
from hashlib import sha256
from urllib.parse import urlsplit

import redis
import requests
from flask import Blueprint, abort, g, jsonify, request

log = logging.getLogger(__name__)
bp = Blueprint("integrations", __name__, url_prefix="/api/integrations")

cache = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))


class CarrierClient:
    BASE_URL = "https://api.shipfast.example/v2"
    # Sandbox account the staging deploy used; production passes api_key explicitly.
    DEFAULT_API_KEY = "sf_live_8Jk2Lm9Qp4Rt7Vx1Zc3Nb6Hd"  # expect: hardcoded-secret

    def __init__(self, api_key=None, timeout=10):
        self.api_key = api_key or os.environ.get("SHIPFAST_API_KEY") or self.DEFAULT_API_KEY
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {self.api_key}"

    def create_label(self, shipment):
        resp = self.session.post(f"{self.BASE_URL}/labels", json=shipment, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()


class Mailer:
    def __init__(self, host="smtp.mailgun.org", port=587, user="postmaster@mg.shop.example", password="b41f0e7c2d9a6e3f8c1b5d7a9e2f4c60-us"):  # expect: hardcoded-secret
        self.host = host
        self.port = port
        self.user = user
        self.password = password

    def send(self, to, subject, body):
        msg = EmailMessage()
        msg["From"] = "orders@shop.example"
        msg["To"] = to
        msg["Subject"] = subject
        msg.set_content(body)
        with smtplib.SMTP(self.host, self.port) as smtp:
            smtp.starttls()
            smtp.login(self.user, self.password)
            smtp.send_message(msg)


class ReportsMailer(Mailer):
    def __init__(self):
        super().__init__(user=os.environ["REPORTS_SMTP_USER"], password=os.environ["REPORTS_SMTP_PASSWORD"])  # ok: hardcoded-secret


def sign_payload(secret: str, body: bytes) -> str:
    return hmac.new(secret.encode(), body, sha256).hexdigest()


def deliver_webhook(endpoint, event):
    body = json.dumps(event).encode()
    headers = {
        "Content-Type": "application/json",
        "X-Shop-Signature": sign_payload(endpoint.secret, body),
        "X-Shop-Timestamp": str(int(time.time())),
    }
    resp = requests.post(endpoint.url, data=body, headers=headers, timeout=5)
    return resp.status_code


# Partners call the API with a key we show them once; we keep a digest to look the key up.
def api_key_digest(raw_key: str) -> str:
    return hashlib.new("sha1", raw_key.encode()).hexdigest()  # expect: weak-hash


def partner_for_key(raw_key: str):
    digest = api_key_digest(raw_key)
    partner_id = cache.get(f"apikey:{digest}")
    return int(partner_id) if partner_id else None


# "Send test event" button on the webhook settings page: the merchant types the URL and we
# post a sample event to it from inside our network before they save it.
@bp.post("/webhooks/test")
def test_webhook():
    data = request.get_json(force=True)
    parts = urlsplit(data["url"])
    if parts.scheme not in ("http", "https"):
        abort(400)
    conn_cls = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    conn = conn_cls(parts.hostname, parts.port, timeout=5)  # expect: ssrf
    sample = json.dumps({"type": "order.created", "data": {"id": "ord_test", "total": 1999}})
    conn.request("POST", parts.path or "/", body=sample, headers={"Content-Type": "application/json"})
    status = conn.getresponse().status
    conn.close()
    return jsonify(status=status)


@bp.get("/webhooks/digest")
def etag_for_catalog():
    payload = json.dumps(g.catalog_snapshot, sort_keys=True).encode()
    return jsonify(etag=hashlib.sha1(payload).hexdigest())  # ok: weak-hash
