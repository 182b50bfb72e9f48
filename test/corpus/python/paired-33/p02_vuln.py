# corpus: path=app/feeds/routes.py
import httpx
from fastapi import APIRouter
from pydantic import BaseModel

router = APIRouter()


class FeedIn(BaseModel):
    name: str
    url: str


@router.post("/feeds/preview")
async def preview_feed(body: FeedIn):
    feed = {"name": body.name.strip(), "url": body.url.strip()}
    async with httpx.AsyncClient(timeout=5.0, follow_redirects=True) as client:
        resp = await client.get(feed["url"])  # expect: ssrf
    return {"name": feed["name"], "status": resp.status_code, "bytes": len(resp.content)}
