# corpus: path=app/routers/status.py
from fastapi import APIRouter
from fastapi.responses import PlainTextResponse

router = APIRouter()


@router.get("/status/banner", response_class=PlainTextResponse)
async def banner(message: str = "All systems normal"):
    return f"<div class='banner'>{message}</div>"  # ok: xss
