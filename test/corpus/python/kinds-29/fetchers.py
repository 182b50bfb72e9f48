# corpus: path=ingest/fetchers.py
import ipaddress
import socket
import urllib.request
from urllib.parse import urlparse

import aiohttp
import httpx
from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, HttpUrl

router = APIRouter()
PARTNER_FEEDS = {"acme": "https://feeds.acme.example/v2/items.json", "globex": "https://api.globex.example/export"}


class ImportRequest(BaseModel):
    source_url: HttpUrl
    partner: str | None = None


def _public(url: str) -> bool:
    host = urlparse(url).hostname or ""
    try:
        addr = ipaddress.ip_address(socket.gethostbyname(host))
    except (OSError, ValueError):
        return False
    return addr.is_global


@router.post("/imports/url")
async def import_from_url(req: ImportRequest):
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.get(str(req.source_url))  # expect: ssrf
    return {"bytes": len(resp.content)}


@router.post("/imports/partner")
async def import_partner(req: ImportRequest):
    url = PARTNER_FEEDS.get(req.partner or "")
    if url is None:
        raise HTTPException(404, "unknown partner")
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp:  # ok: ssrf
            data = await resp.read()
    return {"bytes": len(data)}


@router.get("/imports/legacy")
def import_legacy(feed: str):
    with urllib.request.urlopen(feed, timeout=10) as resp:  # expect: ssrf
        return {"bytes": len(resp.read())}


@router.get("/imports/checked")
def import_checked(feed: str):
    if urlparse(feed).scheme != "https" or not _public(feed):
        raise HTTPException(400, "feed must be a public https URL")
    with urllib.request.urlopen(feed, timeout=10) as resp:  # ok: ssrf
        return {"bytes": len(resp.read())}
