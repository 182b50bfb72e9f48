# corpus: path=app/routers/webhooks.py
import hashlib
import hmac
import logging
from datetime import datetime, timezone
from typing import Annotated
from uuid import UUID

import httpx
import requests
from fastapi import APIRouter, BackgroundTasks, Depends, Header, HTTPException, Request, status
from pydantic import BaseModel, HttpUrl
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import settings
from app.db import get_session
from app.models import Subscription, WebhookDelivery

log = logging.getLogger(__name__)
router = APIRouter(prefix="/webhooks", tags=["webhooks"])


class SubscriptionIn(BaseModel):
    callback_url: HttpUrl
    events: list[str]


class TestPing(BaseModel):
    url: str
    note: str = ""


async def current_tenant(x_tenant_id: Annotated[UUID, Header()]) -> UUID:
    return x_tenant_id


def deliver(url: str, payload: dict) -> None:
    body = {"sent_at": datetime.now(timezone.utc).isoformat(), **payload}
    try:
        requests.post(url, json=body, timeout=10)  # expect: ssrf
    except requests.RequestException:
        log.warning("webhook delivery failed", exc_info=True)


def deliver_registered(subscription_id: int, payload: dict, session_factory) -> None:
    with session_factory() as session:
        sub = session.get(Subscription, subscription_id)
        resp = requests.post(settings.webhook_relay_url, json={"target": sub.id, **payload}, timeout=10)  # ok: ssrf
        session.add(WebhookDelivery(subscription_id=sub.id, status=resp.status_code))
        session.commit()


@router.post("/test", status_code=status.HTTP_202_ACCEPTED)
async def send_test_ping(ping: TestPing, background: BackgroundTasks, tenant: UUID = Depends(current_tenant)):
    background.add_task(deliver, ping.url, {"tenant": str(tenant), "note": ping.note})
    return {"queued": True}


@router.post("/preview")
async def preview_endpoint(ping: TestPing, tenant: UUID = Depends(current_tenant)):
    async with httpx.AsyncClient(timeout=5) as client:
        resp = await client.head(ping.url)  # expect: ssrf
    return {"status": resp.status_code, "server": resp.headers.get("server")}


@router.post("/subscriptions", status_code=status.HTTP_201_CREATED)
async def subscribe(body: SubscriptionIn, tenant: UUID = Depends(current_tenant), session: AsyncSession = Depends(get_session)):
    sub = Subscription(tenant_id=tenant, callback_url=str(body.callback_url), events=body.events)
    session.add(sub)
    await session.commit()
    return {"id": sub.id}


@router.get("/subscriptions")
async def list_subscriptions(
    tenant: UUID = Depends(current_tenant),
    event: str | None = None,
    session: AsyncSession = Depends(get_session),
):
    stmt = select(Subscription).where(Subscription.tenant_id == tenant)
    if event:
        stmt = stmt.where(Subscription.events.contains([event]))  # ok: sql-injection
    rows = (await session.execute(stmt)).scalars().all()
    return [{"id": s.id, "url": s.callback_url, "events": s.events} for s in rows]


@router.get("/deliveries")
async def deliveries(
    tenant: UUID = Depends(current_tenant),
    order: str = "created_at",
    session: AsyncSession = Depends(get_session),
):
    sql = text(f"SELECT id, status, created_at FROM webhook_delivery WHERE tenant_id = :t ORDER BY {order} DESC LIMIT 100")  # also: sql-injection
    rows = (await session.execute(sql, {"t": str(tenant)})).all()  # expect: sql-injection
    return [dict(r._mapping) for r in rows]


@router.post("/inbound/{provider}")
async def inbound(provider: str, request: Request, x_signature: Annotated[str, Header()]):
    raw = await request.body()
    secret = settings.inbound_secrets.get(provider)
    if secret is None:
        raise HTTPException(status_code=404, detail="unknown provider")
    expected = hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, x_signature):
        raise HTTPException(status_code=401, detail="bad signature")
    log.info("inbound webhook from %s, %d bytes", provider, len(raw))
    return {"ok": True}
