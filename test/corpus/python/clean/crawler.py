# corpus: path=catalog/sync_supplier.py
"""Pulls the supplier catalogue page by page and upserts it."""
import asyncio
import logging
from typing import AsyncIterator

import httpx

from .repository import upsert_products

log = logging.getLogger(__name__)
SUPPLIER_API = "https://api.supplier.example.com/v3"
PAGE_SIZE = 200


async def pages(client: httpx.AsyncClient, since: str) -> AsyncIterator[list[dict]]:
    cursor = None
    while True:
        params = {"updated_since": since, "limit": PAGE_SIZE}
        if cursor:
            params["cursor"] = cursor
        resp = await client.get(f"{SUPPLIER_API}/products", params=params)
        resp.raise_for_status()
        body = resp.json()
        yield body["items"]
        cursor = body.get("next_cursor")
        if not cursor:
            return


async def sync(token: str, since: str) -> int:
    total = 0
    limits = httpx.Limits(max_connections=4)
    async with httpx.AsyncClient(headers={"Authorization": f"Bearer {token}"}, timeout=30, limits=limits) as client:
        async for items in pages(client, since):
            await asyncio.to_thread(upsert_products, items)
            total += len(items)
            log.info("synced %d products so far", total)
    return total
