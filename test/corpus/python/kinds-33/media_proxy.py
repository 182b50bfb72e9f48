import io
import logging
import os
import secrets
from urllib.parse import urlsplit

import httpx
from PIL import Image
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from .storage import bucket

log = logging.getLogger("media")
MAX_AVATAR = 2 * 1024 * 1024
# SVG is left out on purpose: served from our origin it would run its scripts.
RASTER_TYPES = {"image/png", "image/jpeg", "image/gif", "image/webp"}
GIF_HOSTS = {"media.giphy.com", "media.tenor.com"}
http = httpx.AsyncClient(timeout=10, follow_redirects=False)


def store_avatar(data: bytes) -> str:
    image = Image.open(io.BytesIO(data))
    image.thumbnail((256, 256))
    out = io.BytesIO()
    image.convert("RGB").save(out, "JPEG", quality=85)
    key = f"avatars/{secrets.token_hex(16)}.jpg"
    bucket.put_object(Key=key, Body=out.getvalue(), ContentType="image/jpeg")
    return key


async def upload_avatar(request: Request):
    form = await request.form()
    upload = form["avatar"]
    data = await upload.read()
    if len(data) > MAX_AVATAR:
        return JSONResponse({"error": "too large"}, status_code=413)
    return JSONResponse({"key": store_avatar(data)})


async def avatar_from_url(request: Request):
    # "Use a picture from the web": the profile form posts any URL the member pastes.
    form = await request.form()
    source = str(form.get("url", ""))
    resp = await http.get(source)  # expect: ssrf
    if resp.status_code != 200 or len(resp.content) > MAX_AVATAR:
        return JSONResponse({"error": "could not fetch that picture"}, status_code=400)
    return JSONResponse({"key": store_avatar(resp.content)})


async def image_proxy(request: Request):
    # Chat messages show remote images through this proxy so members' IPs stay hidden.
    # The message renderer writes /img?u=<url>, but nothing stops a client writing its own.
    url = request.query_params.get("u", "")
    upstream = http.build_request("GET", url, headers={"Accept": "image/*"})
    resp = await http.send(upstream, stream=True)  # expect: ssrf
    ctype = resp.headers.get("content-type", "").split(";")[0].strip()
    if ctype not in RASTER_TYPES:
        await resp.aclose()
        return Response(status_code=415)
    return StreamingResponse(resp.aiter_raw(), media_type=ctype, background=BackgroundTask(resp.aclose))


async def gif_proxy(request: Request):
    # The GIF picker only offers results from the two GIF services we have agreements with.
    url = request.query_params.get("u", "")
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname not in GIF_HOSTS:
        return Response(status_code=400)
    async with http.stream("GET", url, headers={"Accept": "image/gif"}) as resp:  # ok: ssrf
        body = await resp.aread()
    ctype = resp.headers.get("content-type", "").split(";")[0].strip()
    if ctype not in RASTER_TYPES:
        return Response(status_code=415)
    return Response(body, media_type=ctype)


app = Starlette(
    debug=os.environ.get("MEDIA_DEBUG") == "1",
    routes=[
        Route("/avatar", upload_avatar, methods=["POST"]),
        Route("/avatar/from-url", avatar_from_url, methods=["POST"]),
        Route("/img", image_proxy),
        Route("/gif", gif_proxy),
    ],
)
