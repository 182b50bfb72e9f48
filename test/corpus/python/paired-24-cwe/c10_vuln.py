# corpus: path=app/auth/routes.py
from fastapi import APIRouter
from fastapi.responses import RedirectResponse

router = APIRouter()


@router.get("/sso/callback")
async def sso_callback(code: str, next: str = "/"):
    await exchange_code(code)
    return RedirectResponse(url=next)  # expect: open-redirect
