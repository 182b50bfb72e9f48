# corpus: path=media/handlers.py
import os
import re
from pathlib import Path

import aiohttp
from aiohttp import web

MEDIA_ROOT = Path("/var/lib/media")
THUMB_ROOT = "/var/lib/thumbs"
SAFE_NAME = re.compile(r"^[A-Za-z0-9_.-]+$")
routes = web.RouteTableDef()


@routes.get("/media/{name}")
async def serve_media(request: web.Request) -> web.StreamResponse:
    name = request.match_info["name"]
    return web.FileResponse(MEDIA_ROOT / name)  # expect: path-traversal


@routes.get("/thumbs")
async def serve_thumb(request: web.Request) -> web.StreamResponse:
    name = request.query.get("file", "")
    if not SAFE_NAME.match(name):
        raise web.HTTPBadRequest(text="bad name")
    return web.FileResponse(os.path.join(THUMB_ROOT, name))  # ok: path-traversal


@routes.get("/thumbs/{size}/{name}")
async def serve_sized(request: web.Request) -> web.StreamResponse:
    size = request.match_info["size"]
    name = os.path.basename(request.match_info["name"])
    return web.FileResponse(os.path.join(THUMB_ROOT, "fixed", name))  # ok: path-traversal


@routes.post("/upload")
async def upload(request: web.Request) -> web.Response:
    form = await request.post()
    field = form["file"]
    dest = os.path.join("/var/lib/uploads", field.filename)
    with open(dest, "wb") as fh:  # expect: path-traversal
        fh.write(field.file.read())
    return web.json_response({"stored": True})


@routes.get("/preview")
async def preview(request: web.Request) -> web.Response:
    url = request.query["url"]
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp:  # expect: ssrf
            body = await resp.text()
    return web.json_response({"length": len(body)})


@routes.get("/avatar/{user_id}")
async def avatar(request: web.Request) -> web.Response:
    user_id = int(request.match_info["user_id"])
    async with aiohttp.ClientSession() as session:
        async with session.get(f"https://avatars.internal.example.com/u/{user_id}.png") as resp:  # ok: ssrf
            data = await resp.read()
    return web.Response(body=data, content_type="image/png")


@routes.get("/hello")
async def hello(request: web.Request) -> web.Response:
    who = request.query.get("name", "friend")
    return web.Response(text=f"<h1>Hello {who}</h1>", content_type="text/html")  # expect: xss


@routes.get("/hello.txt")
async def hello_text(request: web.Request) -> web.Response:
    who = request.query.get("name", "friend")
    return web.Response(text=f"Hello {who}")  # ok: xss


def create_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    return app
