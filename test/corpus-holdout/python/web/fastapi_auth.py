# corpus: path=app/routers/oauth.py
import secrets
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse

from app.config import settings
from app.oauth import exchange_code

router = APIRouter(prefix="/oauth")


@router.get("/start")
async def start(request: Request, next: str = "/"):
    state = secrets.token_urlsafe(24)  # ok: insecure-random
    request.session["oauth_state"] = state
    request.session["next"] = next
    query = urlencode({"client_id": settings.oauth_client_id, "redirect_uri": settings.oauth_redirect_uri, "state": state})
    return RedirectResponse(f"{settings.oauth_authorize_url}?{query}")  # ok: open-redirect


@router.get("/callback")
async def callback(request: Request, code: str, state: str):
    if state != request.session.pop("oauth_state", None):
        return RedirectResponse("/login?error=state")
    user = await exchange_code(code)
    request.session["user_id"] = user.id
    response = RedirectResponse(request.session.pop("next", "/"))  # expect: open-redirect
    response.set_cookie("logged_in", "1", secure=True, samesite="lax")  # ok: insecure-cookie
    return response
