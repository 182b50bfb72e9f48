# corpus: path=integrations/webhooks.py
import hashlib
import hmac
import ipaddress
import json
import logging
import os
import socket
import time
from urllib.parse import urlparse

import httpx
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from integrations.models import Delivery, Subscription

log = logging.getLogger(__name__)

INBOUND_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"].encode()


def sign(secret, body, ts):
    return hmac.new(secret.encode(), f"{ts}.".encode() + body, hashlib.sha256).hexdigest()


def is_public_https(url):
    parts = urlparse(url)
    if parts.scheme != "https" or not parts.hostname:
        return False
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    except socket.gaierror:
        return False
    return all(ipaddress.ip_address(info[4][0]).is_global for info in infos)


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


@login_required
@require_POST
def test_endpoint(request):
    data = json.loads(request.body)
    resp = httpx.post(data["url"], json={"event": "ping"}, timeout=5)  # expect: ssrf
    return JsonResponse({"status": resp.status_code, "body": resp.text[:500]})


@login_required
@require_POST
def create_subscription(request):
    data = json.loads(request.body)
    if not is_public_https(data.get("url", "")):
        return HttpResponseBadRequest("url must be a public https endpoint")
    sub = Subscription.objects.create(owner=request.user, url=data["url"], events=data.get("events", []))
    status = httpx.post(sub.url, json={"event": "ping"}, timeout=5).status_code  # ok: ssrf
    return JsonResponse({"id": sub.pk, "ping": status})


@csrf_exempt
@require_POST
def inbound(request):
    header = request.headers.get("Stripe-Signature", "")
    parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
    expected = hmac.new(INBOUND_SECRET, f"{parts.get('t')}.".encode() + request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(parts.get("v1", ""), expected):  # ok: timing-unsafe-comparison
        return HttpResponseForbidden()
    event = json.loads(request.body)
    log.info("inbound event %s", event.get("type"))
    return HttpResponse(status=204)


@csrf_exempt
@require_POST
def inbound_partner(request):
    sub = Subscription.objects.filter(pk=request.GET.get("sub")).first()
    if sub is None:
        return HttpResponseForbidden()
    expected = hmac.new(sub.secret.encode(), request.body, hashlib.sha256).hexdigest()
    if request.headers.get("X-Partner-Signature") != expected:  # expect: timing-unsafe-comparison
        return HttpResponseForbidden()
    log.info("partner event for %s: %s", sub.pk, request.body.decode()[:200])  # expect: log-injection
    return HttpResponse(status=204)
