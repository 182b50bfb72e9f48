# corpus: path=app/api/auth.py
"""Login, refresh and logout for the single-page app."""
from datetime import datetime, timedelta, timezone

import jwt
from fastapi import APIRouter, Depends, FastAPI, HTTPException, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from sqlalchemy.orm import Session

from app.core.config import get_settings
from app.db import get_session
from app.models import User
from app.security import verify_password

settings = get_settings()
router = APIRouter(prefix="/auth", tags=["auth"])

ACCESS_COOKIE = "relay_access"
REFRESH_COOKIE = "relay_refresh"


def _make_token(user, ttl):
    now = datetime.now(timezone.utc)
    payload = {"sub": str(user.id), "iat": now, "exp": now + ttl}
    return jwt.encode(payload, settings.jwt_secret.get_secret_value(), algorithm="HS256")


@router.post("/login")
def login(body: dict, response: Response, db: Session = Depends(get_session)):
    user = db.query(User).filter_by(email=body.get("email", "").lower()).first()
    if not user or not verify_password(body.get("password", ""), user.password_hash):
        raise HTTPException(status_code=401, detail="invalid credentials")
    access = _make_token(user, timedelta(minutes=settings.access_token_ttl_minutes))
    refresh = _make_token(user, timedelta(days=settings.refresh_token_ttl_days))
    response.set_cookie(ACCESS_COOKIE, access, httponly=True, secure=True, samesite="strict")  # ok: insecure-cookie
    response.set_cookie(REFRESH_COOKIE, refresh, httponly=True, samesite="lax", path="/auth")  # expect: insecure-cookie
    response.set_cookie("relay_theme", body.get("theme", "light"), max_age=31536000)  # ok: insecure-cookie
    return {"id": user.id, "email": user.email}


@router.post("/refresh")
def refresh(request: Request, response: Response, db: Session = Depends(get_session)):
    token = request.cookies.get(REFRESH_COOKIE)
    if not token:
        raise HTTPException(status_code=401, detail="no refresh token")
    claims = jwt.decode(token, options={"verify_signature": False})  # expect: jwt-weak
    user = db.get(User, int(claims["sub"]))
    if user is None:
        raise HTTPException(status_code=401, detail="unknown user")
    access = _make_token(user, timedelta(minutes=settings.access_token_ttl_minutes))
    response.set_cookie(ACCESS_COOKIE, access, httponly=True, secure=True, samesite="strict")
    return {"ok": True}


@router.get("/peek")
def peek(request: Request):
    # Only reads the expiry for the UI countdown; the API verifies on every call.
    token = request.cookies.get(ACCESS_COOKIE, "")
    header = jwt.get_unverified_header(token)  # ok: jwt-weak
    return {"alg": header.get("alg")}


@router.post("/logout")
def logout(response: Response):
    response.delete_cookie(ACCESS_COOKIE)
    response.delete_cookie(REFRESH_COOKIE, path="/auth")
    return {"ok": True}


def create_app() -> FastAPI:
    app = FastAPI(title=settings.project_name, debug=not settings.is_production)  # ok: debug-mode
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,  # ok: permissive-cors
        allow_credentials=True,
        allow_methods=["*"],
        allow_headers=["*"],
    )
    app.include_router(router, prefix=settings.api_prefix)
    return app


def create_public_app() -> FastAPI:
    public = FastAPI(title="Relay public API", docs_url="/docs")
    public.add_middleware(
        CORSMiddleware,
        allow_origins=["*"],  # expect: permissive-cors
        allow_credentials=True,
        allow_methods=["GET", "POST"],
    )
    return public
