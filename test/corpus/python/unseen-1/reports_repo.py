# corpus: path=reports/repository.py
import asyncpg
import pandas as pd
from django.db import connection
from sqlalchemy import text
from sqlalchemy.engine import Engine


class ReportRepository:
    def __init__(self, pool: asyncpg.Pool, engine: Engine):
        self.pool = pool
        self.engine = engine

    async def by_customer(self, customer: str):
        async with self.pool.acquire() as conn:
            return await conn.fetch(f"SELECT * FROM reports WHERE customer = '{customer}'")  # expect: sql-injection

    async def one(self, report_id: str):
        async with self.pool.acquire() as conn:
            return await conn.fetchrow("SELECT * FROM reports WHERE id = $1", report_id)  # ok: sql-injection

    async def count_for(self, region: str) -> int:
        async with self.pool.acquire() as conn:
            return await conn.fetchval("SELECT count(*) FROM reports WHERE region = '%s'" % region)  # expect: sql-injection

    def frame(self, table: str, since: str):
        query = "SELECT * FROM {} WHERE created_at > '{}'".format(table, since)
        return pd.read_sql(query, self.engine)  # expect: sql-injection

    def frame_safe(self, since: str):
        return pd.read_sql(text("SELECT * FROM reports WHERE created_at > :since"), self.engine, params={"since": since})  # ok: sql-injection

    def purge(self, status: str):
        with self.engine.begin() as conn:
            conn.exec_driver_sql(f"DELETE FROM reports WHERE status = '{status}'")  # expect: sql-injection

    def purge_safe(self, status: str):
        with self.engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM reports WHERE status = %(status)s", {"status": status})  # ok: sql-injection


def top_sellers(limit_clause: str, category: str):
    with connection.cursor() as cursor:
        cursor.execute(  # expect: sql-injection
            "SELECT product_id, SUM(qty) FROM order_lines WHERE category = '"
            + category
            + "' GROUP BY product_id ORDER BY 2 DESC "
            + limit_clause
        )
        return cursor.fetchall()


def search_products(term: str):
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, name FROM products WHERE name ILIKE %s", [f"%{term}%"])  # ok: sql-injection
        return cursor.fetchall()
