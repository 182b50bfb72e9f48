# corpus: path=gateway/handlers.py
import asyncio
import json
import logging

import aiohttp
from aiohttp import web

log = logging.getLogger(__name__)
routes = web.RouteTableDef()
UPSTREAMS = {"billing": "http://billing.svc.cluster.local:8080", "catalog": "http://catalog.svc.cluster.local:8080"}


@routes.get("/healthz")
async def healthz(request: web.Request) -> web.Response:
    return web.json_response({"ok": True})


@routes.get("/proxy/{service}/{tail:.*}")
async def proxy(request: web.Request) -> web.Response:
    base = UPSTREAMS.get(request.match_info["service"])
    if base is None:
        raise web.HTTPNotFound()
    async with request.app["http"].get(f"{base}/{request.match_info['tail']}", params=request.query) as upstream:  # ok: ssrf
        body = await upstream.read()
        return web.Response(body=body, status=upstream.status, content_type=upstream.content_type)


@routes.get("/fetch")
async def fetch(request: web.Request) -> web.Response:
    target = request.query.get("url", "")
    async with aiohttp.ClientSession() as session:
        async with session.get(target) as resp:  # expect: ssrf
            return web.Response(text=await resp.text(), status=resp.status)


@routes.get("/hello")
async def hello(request: web.Request) -> web.Response:
    name = request.query.get("name", "stranger")
    return web.Response(text=f"<p>Hello, {name}</p>", content_type="text/html")  # expect: xss


@routes.get("/hello.json")
async def hello_json(request: web.Request) -> web.Response:
    name = request.query.get("name", "stranger")
    return web.json_response({"greeting": f"Hello, {name}"})  # ok: xss


@routes.post("/diag/ping")
async def ping(request: web.Request) -> web.Response:
    form = await request.post()
    host = form.get("host", "")
    proc = await asyncio.create_subprocess_shell(f"ping -c 1 {host}", stdout=asyncio.subprocess.PIPE)  # expect: command-injection
    out, _ = await proc.communicate()
    return web.Response(text=out.decode())


@routes.post("/diag/ping/exec")
async def ping_exec(request: web.Request) -> web.Response:
    form = await request.post()
    host = form.get("host", "")
    proc = await asyncio.create_subprocess_exec("ping", "-c", "1", "--", host, stdout=asyncio.subprocess.PIPE)  # ok: command-injection
    out, _ = await proc.communicate()
    return web.Response(text=out.decode())


@routes.get("/login/done")
async def login_done(request: web.Request) -> web.Response:
    raise web.HTTPFound(request.query.get("return_to", "/"))  # expect: open-redirect


@routes.post("/events")
async def events(request: web.Request) -> web.Response:
    payload = await request.json()
    kind = payload.get("type")
    if kind not in {"click", "view"}:
        raise web.HTTPBadRequest(text="unknown event type")
    await request.app["queue"].put(json.dumps(payload))
    return web.json_response({"queued": True}, status=202)


async def on_startup(app: web.Application) -> None:
    app["http"] = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))
    app["queue"] = asyncio.Queue(maxsize=1000)


async def on_cleanup(app: web.Application) -> None:
    await app["http"].close()


def make_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    app.on_startup.append(on_startup)
    app.on_cleanup.append(on_cleanup)
    return app
