# corpus: path=services/webhooks/app.py
"""Receives partner webhooks, enriches them from the partner API and fans them out."""
import asyncio
import json
import logging
import subprocess
import time
from pathlib import Path

import httpx
import requests
from fastapi import BackgroundTasks, FastAPI, Request
from sqlalchemy.ext.asyncio import AsyncSession

from .db import get_session
from .models import Delivery

log = logging.getLogger(__name__)
app = FastAPI()

PARTNER_API = "https://partners.example.com/api/v2"
SIGNING_KEYS = json.loads(Path("/etc/webhooks/keys.json").read_text())
CALLBACKS = json.loads(Path("/etc/webhooks/callbacks.json").read_text())


def load_templates(root: Path) -> dict[str, str]:
    return {p.stem: p.read_text() for p in root.glob("*.tmpl")}


TEMPLATES = load_templates(Path(__file__).parent / "templates")


async def enrich(event: dict) -> dict:
    resp = requests.get(f"{PARTNER_API}/accounts/{event['account']}", timeout=5)  # expect: blocking-in-async
    event["account_name"] = resp.json()["name"]
    return event


async def enrich_v2(event: dict, client: httpx.AsyncClient) -> dict:
    resp = await client.get(f"{PARTNER_API}/accounts/{event['account']}", timeout=5)
    event["account_name"] = resp.json()["name"]
    return event


async def enrich_v3(event: dict) -> dict:
    resp = await asyncio.to_thread(requests.get, f"{PARTNER_API}/accounts/{event['account']}", timeout=5)  # ok: blocking-in-async
    event["account_name"] = resp.json()["name"]
    return event


async def deliver(session: AsyncSession, target: str, payload: dict) -> None:
    for attempt in range(5):
        try:
            async with httpx.AsyncClient(timeout=10) as client:
                r = await client.post(target, json=payload)
                r.raise_for_status()
            break
        except httpx.HTTPError:
            time.sleep(2 ** attempt)  # expect: blocking-in-async
    session.add(Delivery(target=target, status="sent"))
    session.commit()  # expect: missing-await


async def deliver_v2(session: AsyncSession, target: str, payload: dict) -> None:
    for attempt in range(5):
        try:
            async with httpx.AsyncClient(timeout=10) as client:
                r = await client.post(target, json=payload)
                r.raise_for_status()
            break
        except httpx.HTTPError:
            await asyncio.sleep(2 ** attempt)  # ok: blocking-in-async
    session.add(Delivery(target=target, status="sent"))
    await session.commit()  # ok: missing-await


async def archive_payload(event_id: str, body: bytes) -> None:
    archive = Path("/var/lib/webhooks") / f"{event_id}.json"
    archive.write_bytes(body)  # expect: blocking-in-async
    subprocess.run(["gzip", "-9", str(archive)], check=True)  # expect: blocking-in-async


async def archive_payload_v2(event_id: str, body: bytes) -> None:
    archive = Path("/var/lib/webhooks") / f"{event_id}.json"
    await asyncio.to_thread(archive.write_bytes, body)  # ok: blocking-in-async
    proc = await asyncio.create_subprocess_exec("gzip", "-9", str(archive))
    await proc.wait()


def verify_signature_sync(raw: bytes, signature: str) -> bool:
    time.sleep(0.01)
    return signature in SIGNING_KEYS.values()


@app.post("/hooks/{partner}")
async def receive(partner: str, request: Request, background: BackgroundTasks, session=get_session):
    raw = await request.body()
    event = json.loads(raw)
    event = enrich(event)  # expect: missing-await
    background.add_task(archive_payload_v2, event["id"], raw)
    await deliver_v2(session, CALLBACKS[partner], event)
    return {"ok": True}
