# corpus: path=chat/unfurl.py
import ipaddress
import socket
import urllib.request
from urllib.parse import urljoin, urlparse

import aiohttp
from sanic import Sanic
from sanic.response import json

app = Sanic("chat")

ALLOWED_MEDIA_HOSTS = {"media.example.com", "cdn.example.com"}
STATUS_API = "https://status.example.com/api/"


def _is_public(host: str) -> bool:
    try:
        addr = ipaddress.ip_address(socket.gethostbyname(host))
    except (socket.gaierror, ValueError):
        return False
    return addr.is_global


@app.post("/unfurl")
async def unfurl(request):
    url = request.json.get("url", "")
    async with aiohttp.ClientSession() as http:
        async with http.get(url, timeout=aiohttp.ClientTimeout(total=5)) as resp:  # expect: ssrf
            html = await resp.text()
    return json({"length": len(html)})


@app.post("/unfurl/media")
async def unfurl_media(request):
    url = request.json.get("url", "")
    if urlparse(url).hostname not in ALLOWED_MEDIA_HOSTS:
        return json({"error": "host not allowed"}, status=400)
    async with aiohttp.ClientSession() as http:
        async with http.get(url) as resp:  # ok: ssrf
            return json({"type": resp.content_type})


@app.get("/status/<component>")
async def status(request, component: str):
    async with aiohttp.ClientSession() as http:
        async with http.get(urljoin(STATUS_API, component)) as resp:  # expect: ssrf
            return json(await resp.json())


@app.get("/probe")
async def probe(request):
    host = request.args.get("host", "")
    port = int(request.args.get("port", "80"))
    async with aiohttp.ClientSession() as http:
        async with http.get(f"http://{host}:{port}/healthz") as resp:  # expect: ssrf
            return json({"status": resp.status})


@app.get("/probe/public")
async def probe_public(request):
    host = request.args.get("host", "")
    if not _is_public(host):
        return json({"error": "private address"}, status=400)
    async with aiohttp.ClientSession() as http:
        async with http.head(f"https://{host}/") as resp:  # ok: ssrf
            return json({"status": resp.status})


@app.post("/import/opml")
async def import_opml(request):
    feed = request.form.get("feed_url")
    with urllib.request.urlopen(feed, timeout=10) as resp:  # expect: ssrf
        body = resp.read()
    return json({"bytes": len(body)})


@app.post("/import/request")
async def import_request(request):
    feed = request.form.get("feed_url")
    req = urllib.request.Request(feed, headers={"User-Agent": "chat-unfurl/1.0"})
    with urllib.request.urlopen(req, timeout=10) as resp:  # expect: ssrf
        return json({"bytes": len(resp.read())})
