# corpus: path=app/main.py
import logging
import os
import secrets

import httpx
from fastapi import Depends, FastAPI, HTTPException, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from fastapi.security import OAuth2PasswordRequestForm
from starlette.middleware.sessions import SessionMiddleware

from app.auth import authenticate, create_session, revoke_session
from app.config import get_settings

log = logging.getLogger(__name__)
settings = get_settings()

app = FastAPI(title="Bookings API", version="2.3.0", debug=settings.debug)

app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=".*",  # expect: permissive-cors
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)
app.add_middleware(SessionMiddleware, secret_key="b7Qz9Lr2Xw4Kp8Ns3Vd6Fh1Jt5Mc0Gy")  # expect: hardcoded-secret

SESSION_COOKIE = "bk_session"
PRICING_SERVICE = "http://pricing.bookings-prod.net/v1"  # expect: cleartext-http
AVAILABILITY_SERVICE = os.environ.get("AVAILABILITY_URL", "http://availability:8080")
OIDC_DISCOVERY = "https://login.bookings.example.com/.well-known/openid-configuration"


@app.post("/auth/login")
async def login(response: Response, form: OAuth2PasswordRequestForm = Depends()):
    user = await authenticate(form.username, form.password)
    if user is None:
        raise HTTPException(status_code=401, detail="Invalid credentials")
    session_id = await create_session(user.id)
    response.set_cookie(SESSION_COOKIE, session_id, httponly=True, samesite="lax")  # expect: insecure-cookie
    response.set_cookie("bk_csrf", secrets.token_urlsafe(16), secure=True, samesite="strict")  # ok: insecure-cookie
    response.set_cookie("bk_theme", "light", max_age=31536000)  # ok: insecure-cookie
    return {"user": user.id}


@app.post("/auth/logout")
async def logout(request: Request, response: Response):
    await revoke_session(request.cookies.get(SESSION_COOKIE))
    response.delete_cookie(SESSION_COOKIE)
    return {"ok": True}


@app.get("/quotes/{listing_id}")
async def quote(listing_id: int, nights: int = 1):
    async with httpx.AsyncClient(base_url=AVAILABILITY_SERVICE, timeout=5.0) as client:
        free = await client.get(f"/listings/{listing_id}", params={"nights": nights})
    free.raise_for_status()
    async with httpx.AsyncClient(timeout=5.0) as client:
        price = await client.get(f"{PRICING_SERVICE}/listings/{listing_id}", params={"nights": nights})
    price.raise_for_status()
    return {"available": free.json()["available"], "price": price.json()["total"]}


@app.get("/healthz")
async def healthz():
    return {"status": "ok"}


if __name__ == "__main__":
    import uvicorn

    uvicorn.run("app.main:app", host="0.0.0.0", port=8000, reload=True)  # ok: debug-mode
