# corpus: path=app/services/fetcher.py
import urllib.request
from urllib.request import urlopen as fetch_url

import aiohttp
from fastapi import APIRouter

router = APIRouter()


class FeedFetcher:
    def __init__(self, timeout: float = 10.0):
        self.timeout = timeout

    def fetch(self, feed_url: str) -> bytes:
        with fetch_url(feed_url, timeout=self.timeout) as resp:  # expect: ssrf
            return resp.read()


@router.post("/feeds/import")
def import_feed(body: dict):
    fetcher = FeedFetcher()
    raw = fetcher.fetch(body["feed_url"])
    return {"bytes": len(raw)}


@router.post("/images/mirror")
async def mirror(body: dict):
    image_url = body.get("image_url")
    async with aiohttp.ClientSession() as session:
        async with session.get(image_url) as resp:  # expect: ssrf
            payload = await resp.read()
    return {"size": len(payload)}


def fetch_exchange_rates() -> bytes:
    req = urllib.request.Request("https://api.exchangerate.host/latest", headers={"Accept": "application/json"})
    with urllib.request.urlopen(req, timeout=5) as resp:  # ok: ssrf
        return resp.read()
