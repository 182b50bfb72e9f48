# corpus: path=app/api/media.py
from urllib.parse import quote

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Response
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

from ..deps import get_current_user
from ..storage import open_object, read_object

router = APIRouter(prefix="/media")

INLINE_TYPES = {"image/png", "image/jpeg", "image/webp", "application/pdf"}


class MockResponse(BaseModel):
    status: int = 200
    body: str = ""
    headers: dict[str, str] = {}


@router.get("/{key}")
async def get_media(key: str, content_type: str = Query("application/octet-stream"), user=Depends(get_current_user)):
    body = await read_object(user.id, key)
    return Response(content=body, media_type=content_type)  # expect: header-injection


@router.get("/{key}/inline")
async def get_inline(key: str, content_type: str = Query("image/png"), user=Depends(get_current_user)):
    if content_type not in INLINE_TYPES:
        raise HTTPException(status_code=400, detail="unsupported type")
    body = await read_object(user.id, key)
    return Response(content=body, media_type=content_type)  # ok: header-injection


@router.get("/{key}/download")
async def download(key: str, name: str, user=Depends(get_current_user)):
    stream = await open_object(user.id, key)
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    return StreamingResponse(stream, headers=headers)  # expect: header-injection


@router.get("/{key}/download-safe")
async def download_safe(key: str, name: str, user=Depends(get_current_user)):
    stream = await open_object(user.id, key)
    headers = {"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"}
    return StreamingResponse(stream, headers=headers)  # ok: header-injection


@router.get("/ping")
async def ping(response: Response, x_request_id: str | None = Header(default=None)):
    if x_request_id:
        response.headers["X-Request-ID"] = x_request_id  # ok: header-injection
    return {"ok": True}


@router.post("/mocks/{mock_id}/respond")
async def mock_respond(mock_id: str, spec: MockResponse):
    response = Response(content=spec.body, status_code=spec.status)
    for name, value in spec.headers.items():
        response.headers[name] = value  # expect: header-injection
    return response
