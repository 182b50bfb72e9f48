# corpus: path=catalog/app.py
"""Litestar catalogue service on Tortoise ORM, with a link-preview fetcher."""
from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlparse

import httpx
from litestar import Litestar, get, post
from litestar.exceptions import ValidationException
from litestar.response import Redirect
from tortoise import Tortoise, fields
from tortoise.models import Model

PARTNER_API = "https://partners.example.com/api/v2"


class Product(Model):
    id = fields.IntField(pk=True)
    sku = fields.CharField(max_length=32, unique=True)
    name = fields.CharField(max_length=200)
    category = fields.CharField(max_length=64)
    price_cents = fields.IntField()


def _public_host(url: str) -> bool:
    host = urlparse(url).hostname or ""
    try:
        addr = ipaddress.ip_address(socket.gethostbyname(host))
    except (OSError, ValueError):
        return False
    return addr.is_global


@get("/products")
async def list_products(category: str | None = None, limit: int = 50) -> list[dict]:
    qs = Product.all().limit(min(limit, 200))
    if category:
        qs = qs.filter(category=category)  # ok: sql-injection
    return await qs.values("sku", "name", "price_cents")


@get("/products/search")
async def search_products(q: str) -> list[dict]:
    conn = Tortoise.get_connection("default")
    rows = await conn.execute_query_dict(f"SELECT sku, name FROM product WHERE name ILIKE '%{q}%' LIMIT 50")  # expect: sql-injection
    return rows


@get("/products/by-sku")
async def by_sku(sku: str) -> list[dict]:
    conn = Tortoise.get_connection("default")
    return await conn.execute_query_dict("SELECT sku, name FROM product WHERE sku = $1", [sku])  # ok: sql-injection


@get("/products/raw")
async def raw_products(where: str) -> list[dict]:
    rows = await Product.raw("SELECT * FROM product WHERE " + where)  # expect: sql-injection
    return [{"sku": r.sku} for r in rows]


@get("/partners/{sku:str}")
async def partner_stock(sku: str) -> dict:
    async with httpx.AsyncClient(base_url=PARTNER_API, timeout=5) as client:
        resp = await client.get("/stock", params={"sku": sku})  # ok: ssrf
    return resp.json()


@post("/previews")
async def link_preview(data: dict) -> dict:
    url = data["url"]
    async with httpx.AsyncClient(timeout=5, follow_redirects=True) as client:
        resp = await client.get(url)  # expect: ssrf
    return {"status": resp.status_code, "title": resp.text[:200]}


@post("/previews/checked")
async def link_preview_checked(data: dict) -> dict:
    url = data["url"]
    if urlparse(url).scheme not in {"http", "https"} or not _public_host(url):
        raise ValidationException("url not allowed")
    async with httpx.AsyncClient(timeout=5) as client:
        resp = await client.get(url)  # ok: ssrf
    return {"status": resp.status_code, "title": resp.text[:200]}


@get("/out")
async def outbound(to: str) -> Redirect:
    return Redirect(path=to)  # expect: open-redirect


@get("/go/{sku:str}")
async def go_product(sku: str) -> Redirect:
    return Redirect(path=f"/products/{sku}")  # ok: open-redirect


app = Litestar(route_handlers=[list_products, search_products, by_sku, raw_products, partner_stock, link_preview, link_preview_checked, outbound, go_product])
