import hashlib
import hmac
import json
import logging
import os
import time

import httpx
from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from integrations.models import Delivery, Subscription

log = logging.getLogger(__name__)

INBOUND_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"].encode()


def sign(secret, body, ts):
    return hmac.new(secret.encode(), f"{ts}.".encode() + body, hashlib.sha256).hexdigest()


def deliver(subscription, event, payload):
    body = json.dumps({"event": event, "data": payload}).encode()
    ts = int(time.time())
    headers = {
        "Content-Type": "application/json",
        "X-Signature": f"t={ts},v1={sign(subscription.secret, body, ts)}",
    }
    with httpx.Client(timeout=10, follow_redirects=False) as client:
        resp = client.post(subscription.url, content=body, headers=headers)
    Delivery.objects.create(subscription=subscription, event=event, status=resp.status_code)
    return resp.status_code


@csrf_exempt
@require_POST
def inbound(request):
    header = request.headers.get("Stripe-Signature", "")
    parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
    expected = hmac.new(INBOUND_SECRET, f"{parts.get('t')}.".encode() + request.body, hashlib.sha256).hexdigest()
    if parts.get("v1") != expected:
        return HttpResponseForbidden()
    event = json.loads(request.body)
    log.info("inbound event %s", event.get("type"))
    return HttpResponse(status=204)
