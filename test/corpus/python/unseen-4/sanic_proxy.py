# corpus: path=gateway/app.py
import ipaddress
import socket
from urllib.parse import urlparse

import httpx
from sanic import Sanic, response

app = Sanic("gateway")
UPSTREAMS = {"billing": "https://billing.internal.example.com", "search": "https://search.internal.example.com"}


def is_public(url: str) -> bool:
    host = urlparse(url).hostname or ""
    try:
        return ipaddress.ip_address(socket.gethostbyname(host)).is_global
    except (OSError, ValueError):
        return False


@app.get("/fetch")
async def fetch(request):
    url = request.args.get("url")
    async with httpx.AsyncClient() as client:
        r = await client.get(url)  # expect: ssrf
    return response.json({"status": r.status_code})


@app.get("/fetch-checked")
async def fetch_checked(request):
    url = request.args.get("url")
    if not is_public(url):
        return response.json({"error": "blocked"}, status=400)
    async with httpx.AsyncClient() as client:
        r = await client.get(url)  # ok: ssrf
    return response.json({"status": r.status_code})


@app.get("/proxy/<service>/<path:path>")
async def proxy(request, service: str, path: str):
    base = UPSTREAMS.get(service)
    if base is None:
        return response.json({"error": "unknown service"}, status=404)
    async with httpx.AsyncClient(base_url=base) as client:
        r = await client.get(f"/{path}")  # ok: ssrf
    return response.raw(r.content, content_type=r.headers.get("content-type"))


@app.get("/greet")
async def greet(request):
    name = request.args.get("name", "")
    return response.html(f"<p>Hello, {name}</p>")  # expect: xss


@app.get("/greet.txt")
async def greet_text(request):
    name = request.args.get("name", "")
    return response.text(f"Hello, {name}")  # ok: xss
