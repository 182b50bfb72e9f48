# corpus: path=shop/billing/webhooks.py
import hashlib
import hmac
import json
import logging
import time

from fastapi import APIRouter, Depends, Header, HTTPException, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from shop.billing.models import Invoice, ProcessedEvent, Subscription
from shop.config import settings
from shop.db import get_session

log = logging.getLogger(__name__)
router = APIRouter(prefix="/webhooks")

TOLERANCE_SECONDS = 300
HANDLED_EVENTS = {"invoice.paid", "invoice.payment_failed", "customer.subscription.deleted"}


def _parse_signature_header(header: str) -> tuple[int, list[str]]:
    timestamp = 0
    signatures = []
    for item in header.split(","):
        key, _, value = item.strip().partition("=")
        if key == "t" and value.isdigit():
            timestamp = int(value)
        elif key == "v1":
            signatures.append(value)
    return timestamp, signatures


def verify_signature(payload: bytes, header: str, secret: str, now: float | None = None) -> bool:
    timestamp, signatures = _parse_signature_header(header)
    if not timestamp or not signatures:
        return False
    if abs((now or time.time()) - timestamp) > TOLERANCE_SECONDS:
        return False
    signed = f"{timestamp}.".encode() + payload
    expected = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    return any(hmac.compare_digest(expected, candidate) for candidate in signatures)


@router.post("/billing", status_code=204)
async def billing_webhook(
    request: Request,
    signature: str = Header(alias="Billing-Signature"),
    session: Session = Depends(get_session),
):
    payload = await request.body()
    if not verify_signature(payload, signature, settings.billing_webhook_secret):
        log.warning("billing webhook with a bad signature from %s", request.client.host if request.client else "?")
        raise HTTPException(status_code=400, detail="invalid signature")

    event = json.loads(payload)
    event_id = event.get("id")
    event_type = event.get("type")
    if event_type not in HANDLED_EVENTS:
        return None

    already = session.scalar(select(ProcessedEvent).where(ProcessedEvent.event_id == event_id))
    if already is not None:
        log.info("billing event %s already processed", event_id)
        return None

    obj = event["data"]["object"]
    if event_type == "invoice.paid":
        invoice = session.scalar(select(Invoice).where(Invoice.external_id == obj["id"]))
        if invoice is not None:
            invoice.status = "paid"
            invoice.amount_paid_cents = int(obj.get("amount_paid", 0))
    elif event_type == "invoice.payment_failed":
        sub = session.scalar(select(Subscription).where(Subscription.external_id == obj.get("subscription")))
        if sub is not None:
            sub.past_due = True
    elif event_type == "customer.subscription.deleted":
        sub = session.scalar(select(Subscription).where(Subscription.external_id == obj["id"]))
        if sub is not None:
            sub.status = "canceled"

    session.add(ProcessedEvent(event_id=event_id, event_type=event_type))
    session.commit()
    log.info("billing event %s (%s) processed", event_id, event_type)
    return None
