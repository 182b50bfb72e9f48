# corpus: path=workers/feed_worker.py
"""Async worker that pulls partner feeds and stores new entries."""
import asyncio
import logging
import time

import aiohttp
import requests
from sqlalchemy.ext.asyncio import AsyncSession

from .db import async_session
from .models import FeedEntry

log = logging.getLogger(__name__)

POLL_SECONDS = 60


async def fetch_feed(session: aiohttp.ClientSession, url: str) -> list[dict]:
    async with session.get(url, timeout=aiohttp.ClientTimeout(total=20)) as resp:
        resp.raise_for_status()
        return (await resp.json())["entries"]


async def fetch_feed_legacy(url: str) -> list[dict]:
    resp = requests.post(url, json={"since": int(time.time()) - POLL_SECONDS}, timeout=20)  # expect: blocking-in-async
    return resp.json()["entries"]


async def store(db: AsyncSession, entries: list[dict]) -> int:
    for entry in entries:
        db.add(FeedEntry(guid=entry["guid"], title=entry["title"]))
    await db.flush()
    db.commit()  # expect: missing-await
    return len(entries)


async def poll_forever(urls: list[str]) -> None:
    async with aiohttp.ClientSession() as http:
        while True:
            started = time.monotonic()
            for url in urls:
                try:
                    entries = await fetch_feed(http, url)
                    async with async_session() as db:
                        await store(db, entries)
                except aiohttp.ClientError as exc:
                    log.warning("feed %s failed: %s", url, exc)
            elapsed = time.monotonic() - started
            await asyncio.sleep(max(0.0, POLL_SECONDS - elapsed))  # ok: blocking-in-async


async def backoff(attempt: int) -> None:
    delay = min(60, 2 ** attempt)
    log.info("backing off %ss", delay)
    time.sleep(delay)  # expect: blocking-in-async


def run() -> None:
    time.sleep(1)  # ok: blocking-in-async
    asyncio.run(poll_forever(["https://partner.example.com/feed.json"]))
