# corpus: path=gallery/web.py
import hashlib
import random
import string

import aiohttp
import jinja2
from aiohttp import web

routes = web.RouteTableDef()
jenv = jinja2.Environment(loader=jinja2.PackageLoader("gallery"), autoescape=True)
ALLOWED_NEXT = {"/", "/albums", "/upload"}


@routes.get("/album/{album_id}")
async def album(request: web.Request) -> web.Response:
    caption = request.query.get("caption", "")
    html = jenv.get_template("album.html").render(album_id=request.match_info["album_id"], caption=caption)  # ok: template-injection, xss
    return web.Response(text=html, content_type="text/html")


@routes.get("/caption")
async def caption(request: web.Request) -> web.Response:
    text = request.query.get("text", "")
    return web.Response(text=f"<figcaption>{text}</figcaption>", content_type="text/html")  # expect: xss


@routes.get("/caption.txt")
async def caption_txt(request: web.Request) -> web.Response:
    text = request.query.get("text", "")
    return web.Response(text=f"caption: {text}")  # ok: xss


@routes.post("/frame")
async def frame(request: web.Request) -> web.Response:
    data = await request.post()
    tpl = jinja2.Template(data["layout"])  # expect: template-injection
    return web.Response(text=tpl.render(title="Gallery"), content_type="text/html")


@routes.get("/continue")
async def continue_to(request: web.Request) -> web.Response:
    raise web.HTTPFound(request.query.get("next", "/"))  # expect: open-redirect


@routes.get("/continue/safe")
async def continue_safe(request: web.Request) -> web.Response:
    nxt = request.query.get("next", "/")
    if nxt not in ALLOWED_NEXT:
        nxt = "/"
    raise web.HTTPFound(nxt)  # ok: open-redirect


@routes.post("/import")
async def import_remote(request: web.Request) -> web.Response:
    body = await request.json()
    async with aiohttp.ClientSession() as session:
        async with session.request("GET", body["image_url"]) as resp:  # expect: ssrf
            data = await resp.read()
    return web.json_response({"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()})  # ok: weak-hash


@routes.post("/share")
async def share(request: web.Request) -> web.Response:
    slug = "".join(random.choice(string.ascii_lowercase + string.digits) for _ in range(10))
    password = "".join(random.choice(string.ascii_letters + string.digits) for _ in range(12))  # expect: insecure-random
    return web.json_response({"slug": slug, "password": password})


@routes.post("/login")
async def login(request: web.Request) -> web.Response:
    resp = web.json_response({"ok": True})
    resp.set_cookie("gallery_session", request["session_token"], httponly=True, secure=False)  # expect: insecure-cookie
    return resp


def make_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), host="127.0.0.1", port=8080)
