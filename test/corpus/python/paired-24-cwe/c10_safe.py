# corpus: path=app/auth/routes.py
from urllib.parse import urlparse

from fastapi import APIRouter
from fastapi.responses import RedirectResponse

router = APIRouter()


@router.get("/sso/callback")
async def sso_callback(code: str, next: str = "/"):
    await exchange_code(code)
    parsed = urlparse(next)
    if parsed.scheme or parsed.netloc or not next.startswith("/"):
        next = "/"
    return RedirectResponse(url=next)  # ok: open-redirect
