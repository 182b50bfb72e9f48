import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, request

from billing.models import Invoice, db

log = logging.getLogger(__name__)
bp = Blueprint("webhooks", __name__)

WEBHOOK_SECRET = os.environ["PAYMENTS_WEBHOOK_SECRET"]


def verify(payload: bytes, signature: str) -> bool:
    expected = hmac.new(WEBHOOK_SECRET.encode(), payload, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


@bp.post("/webhooks/payments")
def payments_webhook():
    payload = request.get_data()
    if not verify(payload, request.headers.get("X-Signature", "")):
        abort(400)
    event = json.loads(payload)
    invoice = Invoice.query.filter_by(external_id=event["invoice_id"]).first_or_404()
    invoice.status = event["status"]
    db.session.commit()
    log.info("invoice %s -> %s", invoice.id, invoice.status)
    return {"ok": True}
