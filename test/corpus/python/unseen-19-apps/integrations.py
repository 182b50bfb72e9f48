# corpus: path=app/integrations/router.py
import hashlib
import hmac
import os
import tempfile
from typing import Optional
from urllib.parse import urlparse

import httpx
import jwt
from fastapi import APIRouter, Depends, Header, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import BaseModel, HttpUrl

from ..deps import get_current_user
from ..storage import save_blob

router = APIRouter(prefix="/integrations")
env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape())
WEBHOOK_SECRET = os.environ["WEBHOOK_SECRET"].encode()
ALLOWED_HOSTS = {"hooks.slack.com", "api.github.com"}
JWT_KEY = "s3cr3t-signing-key-for-integrations-2024"  # expect: hardcoded-secret


class FetchRequest(BaseModel):
    url: HttpUrl
    label: Optional[str] = None


@router.post("/fetch")
async def fetch_remote(body: FetchRequest, user=Depends(get_current_user)):
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.get(str(body.url))  # expect: ssrf
    return {"status": resp.status_code, "length": len(resp.content)}


@router.post("/fetch-allowed")
async def fetch_allowed(body: FetchRequest, user=Depends(get_current_user)):
    host = urlparse(str(body.url)).hostname
    if host not in ALLOWED_HOSTS:
        raise HTTPException(400, "host not allowed")
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.get(str(body.url))  # ok: ssrf
    return {"status": resp.status_code}


@router.get("/status")
async def partner_status():
    async with httpx.AsyncClient(verify=False) as client:  # expect: tls-verify-disabled
        resp = await client.get("https://partner.example.com/status")
    return resp.json()


@router.post("/hook")
async def receive_hook(request: Request, x_signature: str = Header(...)):
    body = await request.body()
    expected = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, x_signature):
        raise HTTPException(401, "bad signature")
    fd, path = tempfile.mkstemp(suffix=".json")  # ok: insecure-temp-file
    with os.fdopen(fd, "wb") as fh:
        fh.write(body)
    await save_blob(path)
    return {"ok": True}


@router.post("/hook-legacy")
async def receive_legacy(request: Request):
    body = await request.body()
    path = tempfile.mktemp(suffix=".json")  # expect: insecure-temp-file
    with open(path, "wb") as fh:
        fh.write(body)
    await save_blob(path)
    return {"ok": True}


@router.get("/welcome", response_class=HTMLResponse)
async def welcome(name: str = "friend"):
    tpl = env.from_string("<h1>Welcome, " + name + "!</h1>")  # expect: template-injection
    return tpl.render()


@router.get("/welcome-safe", response_class=HTMLResponse)
async def welcome_safe(name: str = "friend"):
    return env.get_template("welcome.html").render(name=name)  # ok: template-injection


@router.get("/callback")
async def oauth_callback(state: str, redirect_uri: str):
    return RedirectResponse(redirect_uri)  # expect: open-redirect


def verify_token(token: str) -> dict:
    return jwt.decode(token, JWT_KEY, algorithms=["HS256"])  # ok: jwt-weak


def peek_token(token: str) -> dict:
    return jwt.decode(token, options={"verify_signature": False})  # expect: jwt-weak
