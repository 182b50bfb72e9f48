# corpus: path=media/server.py
import asyncio
import ipaddress
import logging
import socket
from urllib.parse import urlparse

import aiohttp
from aiohttp import web

log = logging.getLogger("media")
routes = web.RouteTableDef()
THUMB_SIZES = {"small": "160x160", "medium": "480x480"}


def _is_public(url: str) -> bool:
    parsed = urlparse(url)
    if parsed.scheme not in {"http", "https"} or not parsed.hostname:
        return False
    addr = ipaddress.ip_address(socket.gethostbyname(parsed.hostname))
    return addr.is_global


@routes.get("/fetch")
async def fetch_remote(request: web.Request) -> web.Response:
    url = request.query["url"]
    async with aiohttp.ClientSession() as session:
        async with session.get(url, timeout=aiohttp.ClientTimeout(total=10)) as resp:  # expect: ssrf
            data = await resp.read()
    return web.Response(body=data, content_type=resp.content_type)


@routes.get("/fetch/v2")
async def fetch_remote_v2(request: web.Request) -> web.Response:
    url = request.query["url"]
    if not _is_public(url):
        raise web.HTTPBadRequest(text="url not allowed")
    async with aiohttp.ClientSession() as session:
        async with session.get(url, timeout=aiohttp.ClientTimeout(total=10), allow_redirects=False) as resp:  # ok: ssrf
            data = await resp.read()
    return web.Response(body=data, content_type=resp.content_type)


@routes.post("/thumbnail")
async def thumbnail(request: web.Request) -> web.Response:
    form = await request.post()
    src = form["path"]
    size = THUMB_SIZES.get(form.get("size", "small"), "160x160")
    proc = await asyncio.create_subprocess_shell(  # expect: command-injection
        f"convert {src} -thumbnail {size} /tmp/thumb.png",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await proc.communicate()
    if proc.returncode != 0:
        log.warning("convert failed: %s", err.decode(errors="replace"))
        raise web.HTTPUnprocessableEntity(text="could not convert")
    return web.json_response({"ok": True})


@routes.post("/thumbnail/v2")
async def thumbnail_v2(request: web.Request) -> web.Response:
    form = await request.post()
    src = form["path"]
    size = THUMB_SIZES.get(form.get("size", "small"), "160x160")
    proc = await asyncio.create_subprocess_exec(  # ok: command-injection
        "convert", "--", src, "-thumbnail", size, "/tmp/thumb.png",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    await proc.communicate()
    return web.json_response({"ok": proc.returncode == 0})


@routes.get("/go")
async def go(request: web.Request) -> web.Response:
    target = request.query.get("to", "/")
    raise web.HTTPFound(location=target)  # expect: open-redirect


@routes.get("/healthz")
async def healthz(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


def make_app() -> web.Application:
    app = web.Application(client_max_size=20 * 1024 * 1024)
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), host="127.0.0.1", port=8081)
