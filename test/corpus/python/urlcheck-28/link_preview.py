# corpus: path=previews/service.py
"""Link previews and image proxying for chat messages."""
import re
from urllib.parse import urlparse

import requests
from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import Response

router = APIRouter()

CDN_HOSTS = ("cdn.example.com", "img.example.com")
MEDIA_RE = re.compile(r"^https://media\.example\.com/[\w/.-]+$")


@router.get("/preview")
def preview(url: str = Query(...)):
    if "example.com" not in url:
        raise HTTPException(status_code=400, detail="only example.com links are previewed")
    page = requests.get(url, timeout=5)  # expect: ssrf
    title = re.search(r"<title>(.*?)</title>", page.text, re.S)
    return {"title": title.group(1).strip() if title else None}


@router.get("/image")
def proxy_image(src: str = Query(...)):
    if not src.startswith("https://cdn.example.com"):
        raise HTTPException(status_code=400, detail="unsupported image host")
    upstream = requests.get(src, timeout=5)  # expect: ssrf
    return Response(upstream.content, media_type=upstream.headers.get("content-type", "image/png"))


@router.get("/image/v2")
def proxy_image_v2(src: str = Query(...)):
    parsed = urlparse(src)
    if parsed.scheme != "https" or parsed.hostname not in CDN_HOSTS:
        raise HTTPException(status_code=400, detail="unsupported image host")
    upstream = requests.get(src, timeout=5)  # ok: ssrf
    return Response(upstream.content, media_type=upstream.headers.get("content-type", "image/png"))


@router.get("/media")
def proxy_media(path: str = Query(...)):
    if not re.match(r"https://media.example.com", path):
        raise HTTPException(status_code=400, detail="unsupported media host")
    upstream = requests.get(path, timeout=5)  # expect: ssrf
    return Response(upstream.content)


@router.get("/media/v2")
def proxy_media_v2(path: str = Query(...)):
    if not MEDIA_RE.match(path):
        raise HTTPException(status_code=400, detail="unsupported media host")
    upstream = requests.get(path, timeout=5)  # ok: ssrf
    return Response(upstream.content)


@router.get("/avatar")
def proxy_avatar(src: str = Query(...)):
    host = urlparse(src).netloc
    if not host.endswith("gravatar.com"):
        raise HTTPException(status_code=400, detail="avatars come from gravatar")
    upstream = requests.get(src, timeout=5)  # expect: ssrf
    return Response(upstream.content, media_type="image/png")


@router.get("/avatar/v2")
def proxy_avatar_v2(src: str = Query(...)):
    host = urlparse(src).hostname or ""
    if host != "gravatar.com" and not host.endswith(".gravatar.com"):
        raise HTTPException(status_code=400, detail="avatars come from gravatar")
    upstream = requests.get(src, timeout=5)  # ok: ssrf
    return Response(upstream.content, media_type="image/png")
