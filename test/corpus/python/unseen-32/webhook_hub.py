# corpus: path=integrations/webhooks.py
import asyncio
import hashlib
import hmac
import ipaddress
import json
import logging
import secrets
import socket
from urllib.parse import urlsplit

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .db import database, endpoints, deliveries

log = logging.getLogger("webhooks")


async def _resolves_public(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        return False
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(parts.hostname, parts.port or 443, type=socket.SOCK_STREAM)
    for info in infos:
        addr = ipaddress.ip_address(info[4][0])
        if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved:
            return False
    return True


async def register(request: Request):
    body = await request.json()
    url = body["url"]
    if not await _resolves_public(url):
        return JSONResponse({"error": "url must be a public https address"}, status_code=400)
    secret = secrets.token_hex(32)
    endpoint_id = await database.execute(
        endpoints.insert().values(account_id=request.user.account_id, url=url, secret=secret)
    )
    log.info("registered endpoint %s for account %s", endpoint_id, request.user.account_id)
    return JSONResponse({"id": endpoint_id, "secret": secret}, status_code=201)


async def ping(request: Request):
    body = await request.json()
    payload = {"type": "ping", "account": request.user.account_id}
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.post(body["url"], json=payload)  # expect: ssrf
    return JSONResponse({"status": resp.status_code, "body": resp.text[:500]})


async def ping_v2(request: Request):
    body = await request.json()
    url = body["url"]
    if not await _resolves_public(url):
        return JSONResponse({"error": "url must be a public https address"}, status_code=400)
    payload = {"type": "ping", "account": request.user.account_id}
    async with httpx.AsyncClient(timeout=10, follow_redirects=False) as client:
        resp = await client.post(url, json=payload)  # ok: ssrf
    return JSONResponse({"status": resp.status_code})


async def deliver(endpoint, event: dict):
    raw = json.dumps(event, separators=(",", ":")).encode()
    signature = hmac.new(endpoint["secret"].encode(), raw, hashlib.sha256).hexdigest()
    log.debug("signing delivery to %s with secret %s", endpoint["url"], endpoint["secret"])  # expect: sensitive-logging
    async with httpx.AsyncClient(timeout=10, follow_redirects=False) as client:
        resp = await client.post(
            endpoint["url"],
            content=raw,
            headers={"content-type": "application/json", "x-hub-signature-256": f"sha256={signature}"},
        )
    await database.execute(
        deliveries.insert().values(endpoint_id=endpoint["id"], status=resp.status_code, event_type=event["type"])
    )
    log.info("delivered %s to endpoint %s: %s", event["type"], endpoint["id"], resp.status_code)  # ok: sensitive-logging


async def inbound(request: Request):
    raw = await request.body()
    sent = request.headers.get("x-partner-signature", "")
    secret = (await database.fetch_val("SELECT secret FROM partner_keys WHERE active")).encode()
    expected = hmac.new(secret, raw, hashlib.sha256).hexdigest()
    if sent != expected:  # expect: timing-unsafe-comparison
        return Response(status_code=401)
    event = json.loads(raw)
    log.info("partner event %s accepted", event.get("id"))
    return Response(status_code=204)


async def inbound_v2(request: Request):
    raw = await request.body()
    sent = request.headers.get("x-partner-signature", "")
    secret = (await database.fetch_val("SELECT secret FROM partner_keys WHERE active")).encode()
    expected = hmac.new(secret, raw, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sent, expected):  # ok: timing-unsafe-comparison
        return Response(status_code=401)
    event = json.loads(raw)
    log.info("partner event %s accepted", event.get("id"))
    return Response(status_code=204)


app = Starlette(
    routes=[
        Route("/endpoints", register, methods=["POST"]),
        Route("/endpoints/ping", ping, methods=["POST"]),
        Route("/endpoints/ping/v2", ping_v2, methods=["POST"]),
        Route("/partner/events", inbound, methods=["POST"]),
        Route("/partner/events/v2", inbound_v2, methods=["POST"]),
    ],
    on_startup=[database.connect],
    on_shutdown=[database.disconnect],
)
