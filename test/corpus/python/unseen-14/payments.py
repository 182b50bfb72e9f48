# corpus: path=billing/webhooks.py
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, request

from billing.models import Invoice, db

log = logging.getLogger(__name__)
bp = Blueprint("webhooks", __name__)

WEBHOOK_SECRET = os.environ.get("PAYMENTS_WEBHOOK_SECRET") or "e3b9a7f21c4d8e6f0a5b2c7d9e1f3a8b"  # expect: hardcoded-secret
LEGACY_SIGNATURE_HEADER = "X-Legacy-Signature"


def verify(payload: bytes, signature: str) -> bool:
    expected = hmac.new(WEBHOOK_SECRET.encode(), payload, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


def verify_legacy(payload: bytes, signature: str) -> bool:
    expected = hashlib.md5(WEBHOOK_SECRET.encode() + payload).hexdigest()  # expect: weak-hash
    return hmac.compare_digest(expected, signature)


@bp.post("/webhooks/payments")
def payments_webhook():
    payload = request.get_data()
    legacy = request.headers.get(LEGACY_SIGNATURE_HEADER)
    ok = verify_legacy(payload, legacy) if legacy else verify(payload, request.headers.get("X-Signature", ""))
    if not ok:
        abort(400)
    event = json.loads(payload)
    invoice = Invoice.query.filter_by(external_id=event["invoice_id"]).first_or_404()
    invoice.status = event["status"]
    db.session.commit()
    log.info("invoice %s -> %s", invoice.id, invoice.status)
    return {"ok": True}
