import ipaddress
import socket
from urllib.parse import urlparse

import requests
from fastapi import APIRouter, HTTPException

router = APIRouter()


def _public_host(url: str) -> bool:
    host = urlparse(url).hostname
    if not host:
        return False
    try:
        addr = ipaddress.ip_address(socket.gethostbyname(host))
    except (socket.gaierror, ValueError):
        return False
    return not (addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved)


@router.get("/preview")
def link_preview(url: str):
    if urlparse(url).scheme not in ("http", "https"):  # expect: ssrf
        raise HTTPException(status_code=400, detail="unsupported url")
    resp = requests.get(url, timeout=5, allow_redirects=False)  # also: ssrf
    return {"status": resp.status_code, "title": resp.text[:200]}
