# corpus: path=app/feeds/routes.py
from urllib.parse import urlsplit

import httpx
from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

router = APIRouter()

FEED_HOSTS = {"feeds.feedburner.com", "rss.nytimes.com", "news.ycombinator.com"}


class FeedIn(BaseModel):
    name: str
    url: str


@router.post("/feeds/preview")
async def preview_feed(body: FeedIn):
    feed = {"name": body.name.strip(), "url": body.url.strip()}
    parts = urlsplit(feed["url"])
    if parts.scheme != "https" or parts.hostname not in FEED_HOSTS:
        raise HTTPException(status_code=400, detail="unsupported feed host")
    async with httpx.AsyncClient(timeout=5.0, follow_redirects=False) as client:
        resp = await client.get(feed["url"])  # ok: ssrf
    return {"name": feed["name"], "status": resp.status_code, "bytes": len(resp.content)}
