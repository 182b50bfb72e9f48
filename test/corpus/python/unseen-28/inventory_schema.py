# corpus: path=inventory/graphql/schema.py
import logging
import os
from pathlib import Path

import httpx
import strawberry
from strawberry.types import Info

log = logging.getLogger(__name__)
EXPORT_DIR = Path("/srv/inventory/exports")
SUPPLIERS = {
    1: "https://api.northwind-supply.example.com",
    2: "https://partners.acme-parts.example.com",
}


@strawberry.type
class Item:
    id: int
    sku: str
    name: str
    qty: int


@strawberry.type
class Query:
    @strawberry.field
    async def items(self, info: Info, warehouse: str, sku_prefix: str = "") -> list[Item]:
        pool = info.context["pool"]
        rows = await pool.fetch(  # ok: sql-injection
            "SELECT id, sku, name, qty FROM items WHERE warehouse = $1 AND sku LIKE $2 || '%' ORDER BY sku",
            warehouse,
            sku_prefix,
        )
        return [Item(**dict(r)) for r in rows]

    @strawberry.field
    async def item_count(self, info: Info, where: str = "true") -> int:
        pool = info.context["pool"]
        return await pool.fetchval(f"SELECT count(*) FROM items WHERE {where}")  # expect: sql-injection

    @strawberry.field
    async def supplier_status(self, info: Info, endpoint: str) -> str:
        async with httpx.AsyncClient(timeout=5) as client:
            resp = await client.get(f"{endpoint.rstrip('/')}/health")  # expect: ssrf
        return "up" if resp.status_code == 200 else f"down ({resp.status_code})"

    @strawberry.field
    async def supplier_price(self, info: Info, supplier_id: int, sku: str) -> float:
        base = SUPPLIERS.get(supplier_id)
        if base is None:
            raise ValueError("unknown supplier")
        async with httpx.AsyncClient(base_url=base, timeout=5) as client:
            resp = await client.get("/v1/prices", params={"sku": sku})  # ok: ssrf
        return float(resp.json()["price"])

    @strawberry.field
    def export_file(self, info: Info, name: str) -> str:
        with open(os.path.join(EXPORT_DIR, name)) as fh:  # expect: path-traversal
            return fh.read()


@strawberry.type
class Mutation:
    @strawberry.mutation
    async def adjust_stock(self, info: Info, sku: str, delta: int, reason: str) -> Item:
        pool = info.context["pool"]
        user = info.context["user"]
        log.info(f"stock adjustment by {user.email}: {sku} {delta:+d} ({reason})")  # expect: log-injection
        row = await pool.fetchrow(  # ok: sql-injection
            "UPDATE items SET qty = qty + $1 WHERE sku = $2 RETURNING id, sku, name, qty",
            delta,
            sku,
        )
        return Item(**dict(row))

    @strawberry.mutation
    async def rename_item(self, info: Info, item_id: int, name: str) -> Item:
        pool = info.context["pool"]
        log.info("renaming item %d to %r", item_id, name)  # ok: log-injection
        row = await pool.fetchrow("UPDATE items SET name = $1 WHERE id = $2 RETURNING id, sku, name, qty", name, item_id)
        return Item(**dict(row))

    @strawberry.mutation
    async def bulk_update(self, info: Info, sku_list: list[str], column: str, value: str) -> int:
        pool = info.context["pool"]
        result = await pool.execute(  # expect: sql-injection
            f"UPDATE items SET {column} = $1 WHERE sku = ANY($2::text[])",
            value,
            sku_list,
        )
        return int(result.split()[-1])


schema = strawberry.Schema(query=Query, mutation=Mutation)
