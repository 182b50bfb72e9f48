# corpus: path=media/service.py
"""aiohttp media service: uploads to S3, thumbnails, remote imports."""
import logging
import os
import uuid
from pathlib import Path

import aiohttp
import boto3
from aiohttp import web
from botocore.config import Config

log = logging.getLogger(__name__)

BUCKET = os.environ["MEDIA_BUCKET"]
CACHE_DIR = Path(os.environ.get("MEDIA_CACHE", "/var/cache/media"))
ALLOWED_IMPORT_HOSTS = {"images.unsplash.com", "cdn.pixabay.com"}

s3 = boto3.client("s3", config=Config(signature_version="s3v4"))
routes = web.RouteTableDef()


def _user_prefix(request: web.Request) -> str:
    return f"users/{request['user_id']}/"


@routes.post("/media")
async def upload(request: web.Request) -> web.Response:
    reader = await request.multipart()
    part = await reader.next()
    data = await part.read()
    ext = Path(part.filename or "").suffix.lower()[:8]
    key = f"{_user_prefix(request)}{uuid.uuid4().hex}{ext}"
    s3.put_object(Bucket=BUCKET, Key=key, Body=data, ContentType=part.headers.get("Content-Type", "application/octet-stream"))  # ok: path-traversal
    return web.json_response({"key": key}, status=201)


@routes.get("/media/download")
async def download_link(request: web.Request) -> web.Response:
    key = request.query["key"]
    url = s3.generate_presigned_url(  # expect: path-traversal
        "get_object",
        Params={"Bucket": BUCKET, "Key": key},
        ExpiresIn=300,
    )
    return web.json_response({"url": url})


@routes.get("/media/mine/download")
async def download_own(request: web.Request) -> web.Response:
    name = request.query["name"]
    if "/" in name or name.startswith("."):
        raise web.HTTPBadRequest(text="bad name")
    key = _user_prefix(request) + name
    url = s3.generate_presigned_url(  # ok: path-traversal
        "get_object",
        Params={"Bucket": BUCKET, "Key": key},
        ExpiresIn=300,
    )
    return web.json_response({"url": url})


@routes.delete("/media/{key:.+}")
async def delete(request: web.Request) -> web.Response:
    key = request.match_info["key"]
    s3.delete_object(Bucket=BUCKET, Key=key)  # expect: path-traversal
    return web.Response(status=204)


@routes.get("/thumbs/{name}")
async def thumbnail(request: web.Request) -> web.StreamResponse:
    name = request.match_info["name"]
    path = CACHE_DIR / name
    return web.FileResponse(path)  # expect: path-traversal


@routes.get("/thumbs/by-id/{thumb_id}")
async def thumbnail_by_id(request: web.Request) -> web.StreamResponse:
    thumb_id = uuid.UUID(request.match_info["thumb_id"])
    return web.FileResponse(CACHE_DIR / f"{thumb_id.hex}.webp")  # ok: path-traversal


@routes.post("/media/import")
async def import_remote(request: web.Request) -> web.Response:
    body = await request.json()
    source = body["url"]
    async with aiohttp.ClientSession() as session:
        async with session.get(source, timeout=aiohttp.ClientTimeout(total=10)) as resp:  # expect: ssrf
            data = await resp.read()
    key = f"{_user_prefix(request)}{uuid.uuid4().hex}"
    s3.put_object(Bucket=BUCKET, Key=key, Body=data)
    return web.json_response({"key": key})


@routes.post("/media/import-stock")
async def import_stock(request: web.Request) -> web.Response:
    body = await request.json()
    source = body["url"]
    host = aiohttp.client.URL(source).host
    if host not in ALLOWED_IMPORT_HOSTS:
        raise web.HTTPBadRequest(text="host not allowed")
    async with aiohttp.ClientSession() as session:
        async with session.get(source) as resp:  # ok: ssrf
            data = await resp.read()
    key = f"{_user_prefix(request)}{uuid.uuid4().hex}"
    s3.put_object(Bucket=BUCKET, Key=key, Body=data)
    return web.json_response({"key": key})


@routes.get("/media/share")
async def share(request: web.Request) -> web.Response:
    back = request.query.get("next", "/")
    raise web.HTTPFound(back)  # expect: open-redirect


def create_app() -> web.Application:
    app = web.Application(client_max_size=20 * 1024 * 1024)
    app.add_routes(routes)
    return app
