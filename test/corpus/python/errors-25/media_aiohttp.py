# corpus: path=media/server.py
import logging
import sys
import traceback

from aiohttp import web

from .thumbs import ThumbnailError, render_thumbnail

routes = web.RouteTableDef()
log = logging.getLogger("media")


@routes.get("/thumb/{name}")
async def thumb(request: web.Request) -> web.Response:
    name = request.match_info["name"]
    try:
        body = await render_thumbnail(name, size=int(request.query.get("size", "128")))
    except ThumbnailError as exc:
        return web.json_response({"error": exc.reason}, status=422)  # ok: error-exposure
    except Exception as exc:
        return web.json_response({"error": "render failed", "detail": str(exc)}, status=500)  # expect: error-exposure
    return web.Response(body=body, content_type="image/png")


@routes.post("/upload")
async def upload(request: web.Request) -> web.Response:
    try:
        data = await request.post()
        saved = await store(data["file"])
    except Exception:
        etype, value, tb = sys.exc_info()
        lines = traceback.format_exception(etype, value, tb)
        return web.Response(text="".join(lines), status=500)  # expect: error-exposure
    return web.json_response({"saved": saved})


@routes.get("/health")
async def health(request: web.Request) -> web.Response:
    try:
        await ping_storage()
    except Exception:
        log.exception("storage ping failed")
        return web.json_response({"ok": False}, status=503)  # ok: error-exposure
    return web.json_response({"ok": True})


async def store(field):
    raise NotImplementedError


async def ping_storage():
    return True
