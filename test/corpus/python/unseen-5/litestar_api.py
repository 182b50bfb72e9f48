# corpus: path=catalog/api.py
import asyncio
import os

import httpx
from litestar import Litestar, get, post
from litestar.config.cors import CORSConfig
from litestar.response import File, Redirect

MEDIA_DIR = "/srv/catalog/media"
TRUSTED_IMAGE_HOSTS = ("images.example.com", "cdn.example.com")


@get("/media/{filename:str}")
async def media(filename: str) -> File:
    return File(path=os.path.join(MEDIA_DIR, filename))  # expect: path-traversal


@get("/media-safe/{filename:str}")
async def media_safe(filename: str) -> File:
    return File(path=os.path.join(MEDIA_DIR, os.path.basename(filename)))  # ok: path-traversal


@post("/thumbnail")
async def thumbnail(data: dict) -> dict:
    source = data["image_url"]
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.get(source)  # expect: ssrf
    return {"bytes": len(resp.content)}


@post("/thumbnail-trusted")
async def thumbnail_trusted(data: dict) -> dict:
    host = data["host"]
    if host not in TRUSTED_IMAGE_HOSTS:
        return {"error": "untrusted host"}
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.get(f"https://{host}/thumb.png")  # ok: ssrf
    return {"bytes": len(resp.content)}


@post("/optimize")
async def optimize(data: dict) -> dict:
    name = data["name"]
    proc = await asyncio.create_subprocess_shell(f"jpegoptim /srv/catalog/media/{name}")  # expect: command-injection
    await proc.wait()
    return {"ok": proc.returncode == 0}


@get("/out")
async def out(to: str) -> Redirect:
    return Redirect(path=to)  # expect: open-redirect


app = Litestar(
    route_handlers=[media, media_safe, thumbnail, thumbnail_trusted, optimize, out],
    cors_config=CORSConfig(allow_origins=["https://shop.example.com"], allow_credentials=True),  # ok: permissive-cors
    debug=True,  # expect: debug-mode
)
