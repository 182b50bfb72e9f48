# corpus: path=previews/api.py
"""Link previews and avatar imports for the chat service."""
import ipaddress
import socket
from urllib.parse import urlparse
from urllib.request import urlopen as fetch_url

import httpx
import requests as rq
from fastapi import APIRouter, Body, Form, HTTPException

router = APIRouter()
ALLOWED_AVATAR_HOSTS = {"gravatar.com", "avatars.githubusercontent.com"}


def _is_public(host: str) -> bool:
    addr = ipaddress.ip_address(socket.gethostbyname(host))
    return not (addr.is_private or addr.is_loopback or addr.is_link_local)


@router.post("/preview")
async def preview(url: str = Body(..., embed=True)):
    async with httpx.AsyncClient(timeout=5, follow_redirects=True) as client:
        resp = await client.get(url)  # expect: ssrf
    return {"status": resp.status_code, "title": resp.text[:200]}


@router.post("/preview-checked")
async def preview_checked(url: str = Body(..., embed=True)):
    parsed = urlparse(url)
    if parsed.scheme not in {"http", "https"} or not parsed.hostname or not _is_public(parsed.hostname):
        raise HTTPException(400, "url not allowed")
    async with httpx.AsyncClient(timeout=5, follow_redirects=False) as client:
        resp = await client.get(url)  # ok: ssrf
    return {"status": resp.status_code, "title": resp.text[:200]}


@router.post("/avatar")
def import_avatar(avatar_url: str = Form(...)):
    host = urlparse(avatar_url).hostname or ""
    if host not in ALLOWED_AVATAR_HOSTS:
        raise HTTPException(400, "unsupported avatar host")
    return {"size": len(rq.get(avatar_url, timeout=5).content)}  # ok: ssrf


@router.post("/avatar-legacy")
def import_avatar_legacy(avatar_url: str = Form(...)):
    data = fetch_url(avatar_url, timeout=5).read()  # expect: ssrf
    return {"size": len(data)}


@router.get("/oembed/{provider}")
def oembed(provider: str, target: str):
    endpoint = f"https://{provider}/oembed"
    resp = rq.get(endpoint, params={"url": target, "format": "json"}, timeout=5)  # expect: ssrf
    return resp.json()


@router.get("/oembed-youtube")
def oembed_youtube(target: str):
    resp = rq.get("https://www.youtube.com/oembed", params={"url": target, "format": "json"}, timeout=5)  # ok: ssrf
    return resp.json()
