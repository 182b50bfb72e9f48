# corpus: path=inventory/repository.py
"""Data access for the inventory service (psycopg 3)."""
from dataclasses import dataclass
from typing import Iterable, Optional

import psycopg
from psycopg import sql
from psycopg.rows import dict_row


@dataclass
class Item:
    sku: str
    name: str
    quantity: int
    warehouse: str


class InventoryRepository:
    def __init__(self, dsn: str):
        self._dsn = dsn

    def _connect(self):
        return psycopg.connect(self._dsn, row_factory=dict_row)

    def get(self, sku: str) -> Optional[Item]:
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute("SELECT sku, name, quantity, warehouse FROM items WHERE sku = %s", (sku,))  # ok: sql-injection
            row = cur.fetchone()
            return Item(**row) if row else None

    def find_by_name(self, fragment: str) -> list[Item]:
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(f"SELECT sku, name, quantity, warehouse FROM items WHERE name ILIKE '%{fragment}%'")  # expect: sql-injection
            return [Item(**r) for r in cur.fetchall()]

    def in_warehouses(self, warehouses: Iterable[str]) -> list[Item]:
        codes = list(warehouses)
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute("SELECT sku, name, quantity, warehouse FROM items WHERE warehouse = ANY(%s)", (codes,))  # ok: sql-injection
            return [Item(**r) for r in cur.fetchall()]

    def adjust(self, sku: str, delta: int) -> None:
        with self._connect() as conn:
            conn.execute(  # expect: sql-injection
                "UPDATE items SET quantity = quantity + {} WHERE sku = '{}'".format(delta, sku)
            )

    def count_by(self, column: str) -> dict[str, int]:
        # column comes from an admin report picker; identifiers are quoted by psycopg
        query = sql.SQL("SELECT {col}, COUNT(*) AS n FROM items GROUP BY {col}").format(col=sql.Identifier(column))  # ok: sql-injection
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(query)  # ok: sql-injection
            return {r[column]: r["n"] for r in cur.fetchall()}

    def archive_older_than(self, table: str, days: int) -> int:
        with self._connect() as conn, conn.cursor() as cur:
            stmt = "DELETE FROM " + table + " WHERE updated_at < now() - interval '%s days'"
            cur.execute(stmt, (days,))  # expect: sql-injection
            return cur.rowcount
