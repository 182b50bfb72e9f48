# corpus: path=catalog/app.py
import os
import random
import string

import httpx
from litestar import Litestar, Request, get, post
from litestar.config.cors import CORSConfig
from litestar.response import Redirect, Response

IMAGE_CDN = "https://images.example-cdn.com"
ALLOWED_FEEDS = {"https://feeds.example.com/catalog.xml", "https://partners.example.com/catalog.xml"}

cors_config = CORSConfig(allow_origins=["*"], allow_credentials=True)  # expect: permissive-cors
public_cors = CORSConfig(allow_origins=["https://shop.example.com"], allow_credentials=True)  # ok: permissive-cors


@get("/preview")
async def preview(title: str) -> Response:
    return Response(content=f"<h1>{title}</h1>", media_type="text/html")  # expect: xss


@get("/preview.json")
async def preview_json(title: str) -> dict:
    return {"title": title}


@post("/feeds/import")
async def import_feed(data: dict) -> dict:
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.get(data["feed_url"])  # expect: ssrf
    return {"bytes": len(resp.content)}


@post("/feeds/import/known")
async def import_known_feed(data: dict) -> dict:
    url = data["feed_url"]
    if url not in ALLOWED_FEEDS:
        return {"error": "unknown feed"}
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.get(url)  # ok: ssrf
    return {"bytes": len(resp.content)}


@get("/img/{name:str}")
async def image(name: str) -> Redirect:
    return Redirect(path=f"{IMAGE_CDN}/{name}")  # ok: open-redirect


@get("/out")
async def out(request: Request) -> Redirect:
    return Redirect(path=request.query_params.get("url", "/"))  # expect: open-redirect


@post("/coupons")
async def coupon() -> dict:
    code = "".join(random.choice(string.ascii_uppercase + string.digits) for _ in range(8))  # expect: insecure-random
    return {"coupon_code": code}


@get("/shuffle")
async def shuffle(items: str) -> dict:
    parts = items.split(",")
    random.shuffle(parts)  # ok: insecure-random
    return {"items": parts}


app = Litestar(route_handlers=[preview, preview_json, import_feed, import_known_feed, image, out, coupon, shuffle], cors_config=cors_config, debug=True)  # expect: debug-mode
staging = Litestar(route_handlers=[preview], debug=os.getenv("LITESTAR_DEBUG") == "1")  # ok: debug-mode
