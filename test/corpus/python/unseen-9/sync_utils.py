# corpus: path=sync/utils.py
import asyncio
import datetime as dt
import json
import logging
import math
import time

import httpx

log = logging.getLogger(__name__)


def merge_tags(base, extra=[]):  # expect: mutable-default-argument
    for tag in extra:
        if tag not in base:
            base.append(tag)
    return base


def merge_options(base: dict, extra: dict | None = None) -> dict:  # ok: mutable-default-argument
    merged = dict(base)
    merged.update(extra or {})
    return merged


def parse_payload(raw: bytes) -> dict | None:
    try:
        return json.loads(raw)
    except:  # expect: bare-except
        return None


def parse_payload_strict(raw: bytes) -> dict | None:
    try:
        return json.loads(raw)
    except json.JSONDecodeError:  # ok: bare-except, swallowed-exception
        log.warning("bad payload (%d bytes)", len(raw))
        return None


def cleanup(path_list: list[str]) -> None:
    for path in path_list:
        try:
            os_remove(path)
        except Exception:  # expect: swallowed-exception
            pass


def os_remove(path: str) -> None:
    import os

    os.remove(path)


def status_label(code: int) -> str:
    if code is 200:  # expect: literal-identity
        return "ok"
    if code == 304:
        return "not-modified"
    return "error"


def ratio(done: float, total: float) -> float | None:
    value = done / total if total else float("nan")
    if value == math.nan:  # expect: nan-comparison
        return None
    return value


def stale(last_seen: dt.datetime | None) -> bool:
    if last_seen == None:  # expect: none-comparison
        return True
    return dt.datetime.utcnow() - last_seen > dt.timedelta(hours=1)  # expect: deprecated-api


def stale_aware(last_seen: dt.datetime | None) -> bool:
    if last_seen is None:  # ok: none-comparison
        return True
    return dt.datetime.now(dt.timezone.utc) - last_seen > dt.timedelta(hours=1)  # ok: deprecated-api


async def push_batch(client: httpx.AsyncClient, batch: list[dict]) -> None:
    resp = await client.post("/ingest", json=batch)
    resp.raise_for_status()


async def flush(client: httpx.AsyncClient, batches: list[list[dict]]) -> None:
    for batch in batches:
        push_batch(client, batch)  # expect: missing-await
    await asyncio.sleep(0)


async def flush_concurrently(client: httpx.AsyncClient, batches: list[list[dict]]) -> None:
    await asyncio.gather(*(push_batch(client, b) for b in batches))  # ok: missing-await


def dedupe_in_place(items: list[str]) -> None:
    seen = set()
    for item in items:
        if item in seen:
            items.remove(item)  # expect: mutate-while-iterating
        seen.add(item)


def retry(fn, attempts: int = 3, delay: float = 0.5):
    for attempt in range(attempts):
        try:
            return fn()
        except httpx.TransportError as exc:
            log.info("attempt %d failed: %s", attempt + 1, exc)
            time.sleep(delay * (2**attempt))
    raise RuntimeError("retries exhausted")
