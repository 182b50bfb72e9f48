# corpus: path=docs_api/render.py
import httpx
from fastapi import APIRouter
from pydantic import BaseModel, HttpUrl

router = APIRouter()
RENDERER = "http://pdf-renderer.internal:3000/render"


class RenderRequest(BaseModel):
    html: str
    filename: str = "document.pdf"


class RenderUrlRequest(BaseModel):
    url: HttpUrl
    filename: str = "page.pdf"


@router.post("/documents/render")
async def render(req: RenderRequest):
    async with httpx.AsyncClient(timeout=30) as client:
        resp = await client.post(RENDERER, json={"html": req.html})
    resp.raise_for_status()
    return {"filename": req.filename, "bytes": len(resp.content)}


@router.post("/documents/render-url")
async def render_url(req: RenderUrlRequest):
    async with httpx.AsyncClient(timeout=30) as client:
        page = await client.get(str(req.url))  # expect: ssrf
        resp = await client.post(RENDERER, json={"html": page.text})  # ok: ssrf
    resp.raise_for_status()
    return {"filename": req.filename, "bytes": len(resp.content)}
