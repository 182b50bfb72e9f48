# corpus: path=auth/routes.py
import secrets
from datetime import timedelta

from fastapi import APIRouter, Depends, Response
from fastapi.middleware.cors import CORSMiddleware

from auth.service import AuthService, get_auth_service

router = APIRouter()
SESSION_TTL = timedelta(hours=12)


@router.post("/login")
def login(creds: dict, response: Response, auth: AuthService = Depends(get_auth_service)):
    token = auth.issue_session(creds["email"], creds["password"])
    response.set_cookie(  # ok: insecure-cookie
        "session",
        token,
        max_age=int(SESSION_TTL.total_seconds()),
        httponly=True,
        secure=True,
        samesite="lax",
    )
    return {"ok": True}


@router.post("/login/remember")
def remember(creds: dict, response: Response, auth: AuthService = Depends(get_auth_service)):
    token = auth.issue_remember_token(creds["email"], creds["password"])
    response.set_cookie("remember_token", token, max_age=60 * 60 * 24 * 30, httponly=False, secure=False)  # expect: insecure-cookie
    return {"ok": True}


@router.post("/csrf")
def csrf(response: Response):
    value = secrets.token_urlsafe(32)
    response.set_cookie("csrftoken", value, secure=True, samesite="strict")  # ok: insecure-cookie
    return {"csrf": value}


@router.post("/ui/theme")
def theme(choice: str, response: Response):
    response.set_cookie("theme", choice if choice in {"light", "dark"} else "light")  # ok: insecure-cookie
    return {"theme": choice}


def install_cors(app):
    app.add_middleware(  # expect: permissive-cors
        CORSMiddleware,
        allow_origins=["*"],
        allow_credentials=True,
        allow_methods=["*"],
        allow_headers=["*"],
    )
