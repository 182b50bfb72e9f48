# corpus: path=gateway/handlers.py
import asyncio
import ipaddress
import json
import logging
import time
from urllib.parse import urlparse

import aiohttp
import asyncpg
import requests
from aiohttp import web

log = logging.getLogger("gateway")

PARTNER_HOSTS = {"api.partner-one.com", "hooks.partner-two.io"}
routes = web.RouteTableDef()


async def get_pool(app: web.Application) -> asyncpg.Pool:
    return app["pool"]


@routes.get("/preview")
async def preview(request: web.Request) -> web.Response:
    url = request.query.get("url", "")
    async with aiohttp.ClientSession() as session:
        async with session.get(url, timeout=aiohttp.ClientTimeout(total=5)) as resp:  # expect: ssrf
            body = await resp.text()
    return web.json_response({"status": resp.status, "length": len(body)})


@routes.get("/partner")
async def partner(request: web.Request) -> web.Response:
    url = request.query.get("url", "")
    host = urlparse(url).hostname
    if urlparse(url).scheme != "https" or host not in PARTNER_HOSTS:
        raise web.HTTPBadRequest(text="unknown partner")
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp:  # ok: ssrf
            data = await resp.json()
    return web.json_response(data)


@routes.get("/status")
async def status(request: web.Request) -> web.Response:
    started = time.monotonic()
    async with aiohttp.ClientSession() as session:
        async with session.get("https://status.partner-one.com/health") as resp:  # ok: ssrf
            healthy = resp.status == 200
    time.sleep(0.2)  # expect: blocking-in-async
    return web.json_response({"healthy": healthy, "ms": int((time.monotonic() - started) * 1000)})


@routes.get("/legacy-rates")
async def legacy_rates(request: web.Request) -> web.Response:
    currency = request.query.get("currency", "EUR")
    resp = requests.get("https://rates.example.org/latest", params={"base": currency}, timeout=5)  # expect: blocking-in-async
    return web.json_response(resp.json())


@routes.get("/login/done")
async def login_done(request: web.Request) -> web.Response:
    target = request.query.get("next", "/")
    raise web.HTTPFound(target)  # expect: open-redirect


@routes.get("/logout")
async def logout(request: web.Request) -> web.Response:
    target = request.query.get("next", "/")
    if not target.startswith("/") or target.startswith("//"):
        target = "/"
    raise web.HTTPFound(target)  # ok: open-redirect


@routes.get("/orders")
async def orders(request: web.Request) -> web.Response:
    pool = await get_pool(request.app)
    customer = request.query.get("customer", "")
    async with pool.acquire() as conn:
        rows = await conn.fetch(
            "SELECT id, total FROM orders WHERE customer_ref = $1 ORDER BY created_at DESC", customer  # ok: sql-injection
        )
    return web.json_response([dict(r) for r in rows])


@routes.get("/orders/search")
async def search_orders(request: web.Request) -> web.Response:
    pool = await get_pool(request.app)
    field = request.query.get("field", "status")
    value = request.query.get("value", "")
    async with pool.acquire() as conn:
        rows = await conn.fetch(f"SELECT id, total FROM orders WHERE {field} = $1", value)  # expect: sql-injection
    return web.json_response([dict(r) for r in rows])


@routes.post("/webhooks/register")
async def register_webhook(request: web.Request) -> web.Response:
    payload = await request.json()
    callback = payload.get("callback_url", "")
    parsed = urlparse(callback)
    try:
        addr = ipaddress.ip_address(parsed.hostname or "")
        if addr.is_private or addr.is_loopback:
            raise web.HTTPBadRequest(text="private address")
    except ValueError:
        pass
    async with aiohttp.ClientSession() as session:
        await session.post(callback, json={"type": "ping"})  # expect: ssrf
    pool = await get_pool(request.app)
    async with pool.acquire() as conn:
        await conn.execute("INSERT INTO webhooks (url) VALUES ($1)", callback)
    return web.json_response({"ok": True}, status=201)


@routes.get("/ws")
async def websocket(request: web.Request) -> web.WebSocketResponse:
    ws = web.WebSocketResponse(heartbeat=30)
    await ws.prepare(request)
    async for msg in ws:
        if msg.type == aiohttp.WSMsgType.TEXT:
            event = json.loads(msg.data)
            await ws.send_json({"echo": event.get("type")})
            await asyncio.sleep(0)  # ok: blocking-in-async
    return ws


def create_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    return app
