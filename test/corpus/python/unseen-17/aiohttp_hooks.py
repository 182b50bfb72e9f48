# corpus: path=hooks/server.py
import base64
import hashlib
import hmac
import json
import logging
import os
import pickle

import aiohttp
import yaml
from aiohttp import web

log = logging.getLogger(__name__)
SIGNING_SECRET = os.environ["HOOK_SIGNING_SECRET"].encode()
routes = web.RouteTableDef()


def _verify(body: bytes, signature: str) -> bool:
    expected = hmac.new(SIGNING_SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


@routes.post("/hooks/config")
async def receive_config(request: web.Request) -> web.Response:
    raw = await request.text()
    config = yaml.load(raw, Loader=yaml.Loader)  # expect: unsafe-deserialization
    request.app["hook_config"] = config
    return web.json_response({"keys": sorted(config)})


@routes.post("/hooks/config/v2")
async def receive_config_v2(request: web.Request) -> web.Response:
    raw = await request.text()
    config = yaml.safe_load(raw)  # ok: unsafe-deserialization
    request.app["hook_config"] = config
    return web.json_response({"keys": sorted(config)})


@routes.post("/hooks/state")
async def restore_state(request: web.Request) -> web.Response:
    payload = await request.json()
    state = pickle.loads(base64.b64decode(payload["state"]))  # expect: unsafe-deserialization
    request.app["state"] = state
    return web.json_response({"restored": True})


@routes.post("/hooks/event")
async def event(request: web.Request) -> web.Response:
    body = await request.read()
    if not _verify(body, request.headers.get("X-Signature", "")):
        raise web.HTTPUnauthorized()
    event = json.loads(body)  # ok: unsafe-deserialization
    log.info("event %s received", event.get("type"))
    return web.json_response({"ok": True})


@routes.get("/hooks/relay")
async def relay(request: web.Request) -> web.Response:
    target = request.query.get("target", "")
    async with aiohttp.ClientSession() as session:
        async with session.get(target) as resp:  # expect: ssrf
            text = await resp.text()
    return web.Response(text=text[:2000])


@routes.get("/hooks/continue")
async def continue_flow(request: web.Request) -> web.Response:
    raise web.HTTPFound(request.query.get("next", "/"))  # expect: open-redirect


@routes.get("/hooks/done")
async def done(request: web.Request) -> web.Response:
    raise web.HTTPFound(request.app.router["hooks-home"].url_for())  # ok: open-redirect


def create_app() -> web.Application:
    app = web.Application(client_max_size=2 * 1024 * 1024)
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), host="0.0.0.0", port=int(os.environ.get("PORT", "8080")))
