# corpus: path=app/api/webhooks.py
import hashlib
import hmac
import json
import logging
import pickle
import re

import httpx
import yaml
from fastapi import APIRouter, Header, HTTPException, Request
from pydantic import BaseModel, HttpUrl

from app.cache import redis_client
from app.config import settings
from app.events import dispatch

router = APIRouter(prefix="/webhooks")
log = logging.getLogger(__name__)

CALLBACK_HOSTS = {"hooks.slack.com", "api.pagerduty.com"}


class Subscription(BaseModel):
    callback_url: HttpUrl
    event_filter: str = ".*"


@router.post("/github")
async def github_webhook(request: Request, x_hub_signature_256: str = Header(...)):
    body = await request.body()
    expected = "sha256=" + hmac.new(settings.GITHUB_WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, x_hub_signature_256):
        raise HTTPException(status_code=401)
    dispatch("github", json.loads(body))
    return {"ok": True}


@router.post("/pipeline")
async def pipeline_webhook(request: Request, x_token: str = Header(...)):
    if not hmac.compare_digest(x_token, settings.PIPELINE_TOKEN):
        raise HTTPException(status_code=401)
    body = await request.body()
    spec = yaml.load(body, Loader=yaml.FullLoader)  # expect: unsafe-deserialization
    dispatch("pipeline", spec)
    return {"ok": True}


@router.post("/pipeline/v2")
async def pipeline_webhook_v2(request: Request, x_token: str = Header(...)):
    if not hmac.compare_digest(x_token, settings.PIPELINE_TOKEN):
        raise HTTPException(status_code=401)
    spec = yaml.safe_load(await request.body())  # ok: unsafe-deserialization
    dispatch("pipeline", spec)
    return {"ok": True}


@router.post("/subscriptions")
async def subscribe(sub: Subscription):
    async with httpx.AsyncClient(timeout=5) as client:
        resp = await client.post(str(sub.callback_url), json={"type": "ping"})  # expect: ssrf
    if resp.status_code >= 400:
        raise HTTPException(status_code=400, detail="callback did not answer")
    pattern = re.compile(sub.event_filter)  # expect: regex-injection
    redis_client.hset("subscriptions", str(sub.callback_url), pattern.pattern)
    return {"ok": True}


@router.post("/subscriptions/trusted")
async def subscribe_trusted(sub: Subscription):
    if sub.callback_url.host not in CALLBACK_HOSTS:
        raise HTTPException(status_code=400, detail="callback host not allowed")
    async with httpx.AsyncClient(timeout=5) as client:
        resp = await client.post(str(sub.callback_url), json={"type": "ping"})  # ok: ssrf
    return {"ok": resp.status_code < 400}


@router.get("/deliveries/{delivery_id}")
async def delivery(delivery_id: str):
    cached = redis_client.get(f"delivery:{delivery_id}")
    if cached is None:
        raise HTTPException(status_code=404)
    return pickle.loads(cached)  # expect: unsafe-deserialization
