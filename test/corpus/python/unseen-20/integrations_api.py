# corpus: path=app/api/integrations.py
import os
import pickle
import base64
from urllib.parse import urlparse

import httpx
import jwt
import yaml
from fastapi import APIRouter, Depends, Header, HTTPException, Request
from pydantic import BaseModel, HttpUrl

from ..db import get_session
from ..models import Integration

router = APIRouter(prefix="/integrations")

JWT_KEY = os.environ["INTEGRATIONS_JWT_KEY"]
ALLOWED_HOSTS = {"hooks.slack.com", "api.github.com", "discord.com"}


class WebhookTest(BaseModel):
    url: HttpUrl
    payload: dict = {}


class FetchRequest(BaseModel):
    url: str


def current_claims(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ")
    try:
        return jwt.decode(token, JWT_KEY, algorithms=["HS256"])  # ok: jwt-weak, hardcoded-secret
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="bad token")


def peek_claims(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ")
    return jwt.decode(token, options={"verify_signature": False})  # expect: jwt-weak


@router.post("/webhooks/test")
async def test_webhook(body: WebhookTest, claims=Depends(current_claims)):
    host = urlparse(str(body.url)).hostname
    if host not in ALLOWED_HOSTS:
        raise HTTPException(status_code=400, detail="host not allowed")
    async with httpx.AsyncClient(timeout=5) as client:
        resp = await client.post(str(body.url), json=body.payload)  # ok: ssrf
    return {"status": resp.status_code}


@router.post("/fetch")
async def fetch_preview(body: FetchRequest, claims=Depends(current_claims)):
    async with httpx.AsyncClient(timeout=5, follow_redirects=True) as client:
        resp = await client.get(body.url)  # expect: ssrf
    return {"status": resp.status_code, "length": len(resp.content)}


@router.get("/status")
async def upstream_status(claims=Depends(current_claims)):
    async with httpx.AsyncClient(verify=False) as client:  # expect: tls-verify-disabled
        resp = await client.get("https://status.internal.example.com/health")
    return resp.json()


@router.post("/import")
async def import_config(request: Request, claims=Depends(current_claims)):
    raw = await request.body()
    config = yaml.load(raw, Loader=yaml.Loader)  # expect: unsafe-deserialization
    return {"keys": sorted(config)}


@router.post("/import/safe")
async def import_config_safe(request: Request, claims=Depends(current_claims)):
    raw = await request.body()
    config = yaml.safe_load(raw)  # ok: unsafe-deserialization
    return {"keys": sorted(config)}


@router.post("/restore")
async def restore_state(request: Request, claims=Depends(current_claims)):
    data = await request.json()
    state = pickle.loads(base64.b64decode(data["state"]))  # expect: unsafe-deserialization
    return {"restored": len(state)}


@router.get("/{integration_id}/ping")
async def ping(integration_id: int, session=Depends(get_session), claims=Depends(current_claims)):
    integ = await session.get(Integration, integration_id)
    if integ is None:
        raise HTTPException(404)
    async with httpx.AsyncClient(timeout=3) as client:
        resp = await client.get("https://api.github.com/rate_limit", headers={"Authorization": f"token {integ.token}"})  # ok: ssrf
    return {"ok": resp.is_success}
