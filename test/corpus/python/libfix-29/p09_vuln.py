# corpus: path=staticsrv/handler.py
import mimetypes
import os

from aiohttp import web

ROOT = os.path.abspath("public")


async def serve_static(request: web.Request) -> web.StreamResponse:
    rel = request.match_info["path"]
    full = os.path.normpath(os.path.join(ROOT, rel))
    if not full.startswith(ROOT):
        raise web.HTTPForbidden()
    if not os.path.isfile(full):
        raise web.HTTPNotFound()
    ctype, _ = mimetypes.guess_type(full)
    return web.FileResponse(full, headers={"Content-Type": ctype or "application/octet-stream"})  # expect: path-traversal
