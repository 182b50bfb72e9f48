# corpus: path=media/server.py
import logging
import os
from pathlib import Path

import aiohttp
from aiohttp import web

log = logging.getLogger(__name__)
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", "/srv/media"))
THUMB_HOSTS = {"images.example.com", "cdn.example.com"}
routes = web.RouteTableDef()


@routes.get("/media/{name}")
async def serve_media(request: web.Request) -> web.StreamResponse:
    name = request.match_info["name"]
    target = MEDIA_ROOT / name
    if not target.is_file():
        raise web.HTTPNotFound()
    return web.FileResponse(target)  # expect: path-traversal


@routes.get("/media/safe/{name}")
async def serve_media_checked(request: web.Request) -> web.StreamResponse:
    name = request.match_info["name"]
    target = (MEDIA_ROOT / name).resolve()
    if MEDIA_ROOT.resolve() not in target.parents:
        raise web.HTTPForbidden()
    return web.FileResponse(target)  # ok: path-traversal


@routes.get("/thumbnail")
async def thumbnail(request: web.Request) -> web.Response:
    source = request.query.get("src", "")
    async with aiohttp.ClientSession() as session:
        async with session.get(source, timeout=aiohttp.ClientTimeout(total=5)) as resp:  # expect: ssrf
            body = await resp.read()
    return web.Response(body=body, content_type="image/jpeg")


@routes.get("/thumbnail/v2")
async def thumbnail_v2(request: web.Request) -> web.Response:
    source = request.query.get("src", "")
    host = aiohttp.helpers.URL(source).host
    if host not in THUMB_HOSTS:
        raise web.HTTPBadRequest(text="unknown host")
    async with aiohttp.ClientSession() as session:
        async with session.get(source) as resp:  # ok: ssrf
            body = await resp.read()
    return web.Response(body=body, content_type="image/jpeg")


@routes.get("/healthz")
async def healthz(request: web.Request) -> web.Response:
    free = os.statvfs(MEDIA_ROOT).f_bavail
    return web.json_response({"ok": True, "free_blocks": free})


def make_app() -> web.Application:
    app = web.Application(client_max_size=20 * 1024 * 1024)
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=int(os.environ.get("PORT", "8080")))
