# corpus: path=proxy/server.py
from urllib.parse import quote

import aiohttp
from sanic import Sanic, response
from sanic.exceptions import BadRequest

app = Sanic("ImageProxy")
MAX_SIZE = 8 * 1024 * 1024
RASTER_TYPES = {"image/png", "image/jpeg", "image/gif", "image/webp"}


@app.before_server_start
async def open_session(app, _):
    app.ctx.http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))


@app.after_server_stop
async def close_session(app, _):
    await app.ctx.http.close()


@app.get("/proxy")
async def proxy(request):
    src = request.args.get("src")
    if not src:
        raise BadRequest("missing src")
    async with app.ctx.http.get(src) as upstream:  # expect: ssrf
        body = await upstream.content.read(MAX_SIZE)
        ctype = upstream.headers.get("Content-Type", "application/octet-stream")
    if ctype.split(";")[0].strip() not in RASTER_TYPES:
        raise BadRequest("not an image")
    return response.raw(body, content_type=ctype, headers={"Cache-Control": "public, max-age=86400"})


@app.get("/gallery")
async def gallery(request):
    title = request.args.get("title", "Gallery")
    images = "".join(f'<img src="/proxy?src={quote(u, safe="")}" loading="lazy">' for u in request.args.getlist("img"))
    return response.html(f"<html><body><h1>{title}</h1><div class='grid'>{images}</div></body></html>")  # expect: xss


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000, dev=True)  # expect: debug-mode
