# corpus: path=api/repositories/events.py
from typing import Any

import asyncpg


class EventRepository:
    def __init__(self, pool: asyncpg.Pool):
        self.pool = pool

    async def list_for_tenant(self, tenant_id: str, kind: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT id, kind, payload, created_at FROM events WHERE tenant_id = $1"
        args: list[Any] = [tenant_id]
        if kind:
            sql += " AND kind = $2"
            args.append(kind)
        async with self.pool.acquire() as conn:
            rows = await conn.fetch(sql, *args)  # ok: sql-injection
        return [dict(r) for r in rows]

    async def purge_older_than(self, tenant_id: str, days: int) -> str:
        async with self.pool.acquire() as conn:
            return await conn.execute(  # ok: sql-injection
                "DELETE FROM events WHERE tenant_id = $1 AND created_at < now() - make_interval(days => $2)",
                tenant_id,
                days,
            )

    async def search(self, tenant_id: str, needle: str) -> list[dict[str, Any]]:
        where = f"tenant_id = '{tenant_id}' AND payload::text ILIKE '%{needle}%'"
        async with self.pool.acquire() as conn:
            rows = await conn.fetch("SELECT id, kind FROM events WHERE " + where)  # expect: sql-injection
        return [dict(r) for r in rows]
