# corpus: path=integrations/webhooks.py
"""Outgoing webhooks and connection checks for the integrations settings page (FastAPI)."""
import hashlib
import hmac
import json
import logging
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlparse, urlunparse
from urllib.request import Request, urlopen

import httpx
import requests
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from .auth import require_admin

log = logging.getLogger(__name__)
router = APIRouter(prefix="/integrations")

PARTNER_APIS = {
    "crm": "https://api.crm-partner.com/v2/",
    "billing": "https://billing.partner-ledger.io/api/",
}


@dataclass
class WebhookTarget:
    url: str
    secret: str
    events: list[str] = field(default_factory=list)
    timeout: float = 5.0


class WebhookIn(BaseModel):
    url: str
    events: list[str]


class ConnectionIn(BaseModel):
    # The "self-hosted server" form: scheme, host, port and base path typed separately.
    scheme: str = "https"
    host: str
    port: int = 443
    base_path: str = "/"


class PartnerCall(BaseModel):
    partner: str
    path: str


def sign(secret: str, body: bytes) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


async def deliver(target: WebhookTarget, event: str, payload: dict) -> int:
    body = json.dumps({"event": event, "data": payload, "ts": int(time.time())}).encode()
    async with httpx.AsyncClient(timeout=target.timeout) as client:
        resp = await client.post(target.url, content=body, headers={"X-Signature": sign(target.secret, body)})  # also: ssrf
    return resp.status_code


@router.post("/webhooks/test")
async def test_webhook(body: WebhookIn, admin=Depends(require_admin)):
    # The URL is what the admin of a customer account typed; from our network it can reach
    # the metadata service and internal admin ports as easily as their own endpoint.
    target = WebhookTarget(url=body.url, secret=admin.account.webhook_secret, events=body.events)
    status = await deliver(target, "ping", {"account": admin.account.id})  # expect: ssrf
    return {"status": status}


@router.post("/connections/check")
def check_connection(conn: ConnectionIn, admin=Depends(require_admin)):
    netloc = f"{conn.host}:{conn.port}"
    url = urlunparse((conn.scheme, netloc, conn.base_path.rstrip("/") + "/api/status", "", "", ""))
    req = Request(url, headers={"User-Agent": "acme-integrations/1.4"})
    try:
        with urlopen(req, timeout=5) as resp:  # expect: ssrf
            info = json.load(resp)
    except OSError as exc:
        log.info("connection check failed for account %s: %s", admin.account.id, exc)
        return {"ok": False}
    return {"ok": True, "version": info.get("version")}


@router.post("/partners/call")
def call_partner(call: PartnerCall, admin=Depends(require_admin)):
    base = PARTNER_APIS.get(call.partner)
    if base is None:
        raise HTTPException(404, "unknown partner")
    # urljoin keeps the partner's host only for relative paths: "//169.254.169.254/latest"
    # or "http://10.0.0.5/" in call.path replaces it.
    url = urljoin(base, call.path)
    resp = requests.get(url, timeout=10, headers={"Authorization": f"Bearer {admin.account.partner_token}"})  # expect: ssrf
    return resp.json()


@router.get("/partners/{partner}/status")
def partner_status(partner: str, admin=Depends(require_admin)):
    base = PARTNER_APIS.get(partner)
    if base is None:
        raise HTTPException(404, "unknown partner")
    resp = requests.get(urljoin(base, "status"), timeout=5)  # ok: ssrf
    return {"partner": partner, "up": resp.ok}


@router.post("/webhooks/preview-redirects")
def preview_redirects(body: WebhookIn, admin=Depends(require_admin)):
    prepared = requests.Request("HEAD", body.url).prepare()
    with requests.Session() as s:
        resp = s.send(prepared, timeout=5, allow_redirects=True)  # expect: ssrf
    return {"final_url": resp.url, "hops": len(resp.history)}


def public_host(url: str) -> bool:
    host = urlparse(url).hostname or ""
    return host.endswith(".acme-hooks.com")


@router.post("/webhooks/managed")
async def managed_webhook(body: WebhookIn, admin=Depends(require_admin)):
    if urlparse(body.url).scheme != "https" or not public_host(body.url):
        raise HTTPException(400, "managed webhooks must point at *.acme-hooks.com")
    target = WebhookTarget(url=body.url, secret=admin.account.webhook_secret)
    status = await deliver(target, "ping", {"account": admin.account.id})  # ok: ssrf
    return {"status": status}
