# corpus: path=shop/orders/repository.py
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, Sequence

import psycopg
from psycopg import sql
from psycopg.rows import dict_row

SORT_COLUMNS = {
    "created": "created_at",
    "total": "total_cents",
    "status": "status",
}


@dataclass(frozen=True)
class OrderRow:
    id: int
    customer_id: int
    status: str
    total_cents: int
    created_at: dt.datetime

    @property
    def total(self) -> Decimal:
        return Decimal(self.total_cents) / 100


class OrderRepository:
    def __init__(self, conn: psycopg.Connection) -> None:
        self._conn = conn

    def get(self, order_id: int) -> OrderRow | None:
        with self._conn.cursor(row_factory=dict_row) as cur:
            cur.execute(
                "SELECT id, customer_id, status, total_cents, created_at FROM orders WHERE id = %s",
                (order_id,),
            )
            row = cur.fetchone()
        return OrderRow(**row) if row else None

    def list_for_customer(
        self,
        customer_id: int,
        *,
        status: str | None = None,
        sort: str = "created",
        descending: bool = True,
        limit: int = 50,
        offset: int = 0,
    ) -> list[OrderRow]:
        column = SORT_COLUMNS.get(sort, "created_at")
        direction = sql.SQL("DESC" if descending else "ASC")
        query = sql.SQL(
            "SELECT id, customer_id, status, total_cents, created_at FROM orders "
            "WHERE customer_id = %s {status_clause} ORDER BY {column} {direction} LIMIT %s OFFSET %s"
        ).format(
            status_clause=sql.SQL("AND status = %s") if status else sql.SQL(""),
            column=sql.Identifier(column),
            direction=direction,
        )
        params: list[object] = [customer_id]
        if status:
            params.append(status)
        params.extend([limit, offset])
        with self._conn.cursor(row_factory=dict_row) as cur:
            cur.execute(query, params)
            return [OrderRow(**r) for r in cur.fetchall()]

    def create(self, customer_id: int, lines: Sequence[tuple[str, int, int]]) -> int:
        total = sum(qty * price for _, qty, price in lines)
        with self._conn.transaction():
            with self._conn.cursor() as cur:
                cur.execute(
                    "INSERT INTO orders (customer_id, status, total_cents) VALUES (%s, 'pending', %s) RETURNING id",
                    (customer_id, total),
                )
                order_id = cur.fetchone()[0]
                cur.executemany(
                    "INSERT INTO order_lines (order_id, sku, quantity, unit_price_cents) VALUES (%s, %s, %s, %s)",
                    [(order_id, sku, qty, price) for sku, qty, price in lines],
                )
        return order_id

    def mark(self, order_ids: Iterable[int], status: str) -> int:
        ids = list(order_ids)
        if not ids:
            return 0
        with self._conn.cursor() as cur:
            cur.execute("UPDATE orders SET status = %s WHERE id = ANY(%s)", (status, ids))
            return cur.rowcount

    def revenue_by_day(self, since: dt.date) -> dict[dt.date, int]:
        with self._conn.cursor() as cur:
            cur.execute(
                "SELECT date_trunc('day', created_at)::date, SUM(total_cents) FROM orders "
                "WHERE created_at >= %s AND status = 'paid' GROUP BY 1 ORDER BY 1",
                (since,),
            )
            return {day: total for day, total in cur.fetchall()}

    def purge_abandoned(self, older_than: dt.timedelta) -> int:
        cutoff = dt.datetime.now(dt.timezone.utc) - older_than
        with self._conn.cursor() as cur:
            cur.execute("DELETE FROM orders WHERE status = 'pending' AND created_at < %s", (cutoff,))
            return cur.rowcount
