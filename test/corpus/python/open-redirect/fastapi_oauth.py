# corpus: path=gateway/oauth.py
from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse
from starlette.datastructures import URL

router = APIRouter()
CALLBACKS = {"web": "https://app.example.com/auth/done", "cli": "http://127.0.0.1:8765/callback"}  # ok: cleartext-http


@router.get("/oauth/authorize")
async def authorize(request: Request, redirect_uri: str, state: str):
    # state and code are checked by the provider library before we get here
    return RedirectResponse(url=f"{redirect_uri}?state={state}&code=issued")  # expect: open-redirect


@router.get("/oauth/finish")
async def finish(request: Request, client: str = "web"):
    target = CALLBACKS.get(client, CALLBACKS["web"])
    return RedirectResponse(target)  # ok: open-redirect


@router.get("/go")
async def go(request: Request):
    dest = request.query_params.get("to", "/")
    return RedirectResponse(dest, status_code=302)  # expect: open-redirect
