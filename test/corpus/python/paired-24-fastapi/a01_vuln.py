# corpus: path=app/routers/status.py
from fastapi import APIRouter
from fastapi.responses import HTMLResponse

router = APIRouter()


@router.get("/status/banner", response_class=HTMLResponse)
async def banner(message: str = "All systems normal"):
    return f"<div class='banner'>{message}</div>"  # expect: xss
