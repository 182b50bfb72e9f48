import httpx
from fastapi import APIRouter
from pydantic import BaseModel

router = APIRouter()
RENDERER = "http://pdf-renderer.internal:3000/render"


class RenderRequest(BaseModel):
    html: str
    filename: str = "document.pdf"


@router.post("/documents/render")
async def render(req: RenderRequest):
    async with httpx.AsyncClient(timeout=30) as client:
        resp = await client.post(RENDERER, json={"html": req.html})
    resp.raise_for_status()
    return {"filename": req.filename, "bytes": len(resp.content)}
