# corpus: path=webhooks/signing.py
import hashlib
import hmac
import os
import time

from itsdangerous import URLSafeTimedSerializer

WEBHOOK_SECRET = os.environ.get("WEBHOOK_SECRET", "")
serializer = URLSafeTimedSerializer("f8a9c2e1-unsubscribe-links")  # expect: hardcoded-secret


def sign_payload(body: bytes) -> str:
    timestamp = str(int(time.time()))
    mac = hmac.new(WEBHOOK_SECRET.encode(), timestamp.encode() + b"." + body, hashlib.sha256)  # ok: hardcoded-secret
    return f"t={timestamp},v1={mac.hexdigest()}"


def sign_legacy(body: bytes) -> str:
    return hmac.new(b"xK9#mQ2$vL8@pR4", body, hashlib.sha256).hexdigest()  # expect: hardcoded-secret


def sign_partner(body: bytes) -> str:
    # the partner verifies sha1(secret + body); they have not moved to HMAC yet
    return hashlib.sha1(WEBHOOK_SECRET.encode() + body).hexdigest()  # expect: weak-hash


def unsubscribe_link(email: str) -> str:
    return "https://example.com/unsubscribe/" + serializer.dumps(email)
