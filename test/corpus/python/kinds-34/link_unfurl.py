# corpus: path=unfurl/app.py
import re
from html import unescape

import httpx
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

OG_TAG = re.compile(r'<meta\s+property="og:(title|description|image)"\s+content="([^"]*)"', re.I)
OEMBED_ENDPOINT = "https://noembed.com/embed"


async def unfurl(request):
    body = await request.json()
    target = body.get("url", "")
    if not target.startswith(("http://", "https://")):
        return JSONResponse({"error": "invalid url"}, status_code=400)
    async with httpx.AsyncClient(timeout=5.0, follow_redirects=True) as client:
        page = await client.get(target, headers={"User-Agent": "UnfurlBot/1.0"})  # expect: ssrf
    meta = {k.lower(): unescape(v) for k, v in OG_TAG.findall(page.text[:200_000])}
    return JSONResponse({"url": str(page.url), **meta})


async def oembed(request):
    target = request.query_params.get("url", "")
    async with httpx.AsyncClient(timeout=5.0) as client:
        resp = await client.get(OEMBED_ENDPOINT, params={"url": target})  # ok: ssrf
    return JSONResponse(resp.json())


app = Starlette(routes=[
    Route("/unfurl", unfurl, methods=["POST"]),
    Route("/oembed", oembed),
])
