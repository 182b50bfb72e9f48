"""Outbound integrations: the carrier API, transactional mail and customer webhooks."""
import hmac
import json
import logging
import os
import smtplib
import time
from email.message import EmailMessage
from hashlib import sha256

import requests

log = logging.getLogger(__name__)


class CarrierClient:
    BASE_URL = "https://api.shipfast.example/v2"

    def __init__(self, api_key=None, timeout=10):
        self.api_key = api_key or os.environ["SHIPFAST_API_KEY"]
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {self.api_key}"

    def create_label(self, shipment):
        resp = self.session.post(f"{self.BASE_URL}/labels", json=shipment, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()


class Mailer:
    def __init__(self, host="smtp.mailgun.org", port=587, user=None, password=None):
        self.host = host
        self.port = port
        self.user = user or os.environ["SMTP_USER"]
        self.password = password or os.environ["SMTP_PASSWORD"]

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
