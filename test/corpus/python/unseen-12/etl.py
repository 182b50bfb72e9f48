# corpus: path=pipelines/etl.py
import logging
import os
import sqlite3
from contextlib import closing

import pandas as pd
import psycopg2
from psycopg2 import sql

log = logging.getLogger("etl")

WAREHOUSE_DSN = os.environ["WAREHOUSE_DSN"]
TABLES = ("orders", "customers", "refunds")


def copy_table(table: str, since: str) -> pd.DataFrame:
    if table not in TABLES:
        raise ValueError(f"unknown table {table}")
    with closing(psycopg2.connect(WAREHOUSE_DSN)) as conn:
        query = sql.SQL("SELECT * FROM {} WHERE updated_at >= %s").format(sql.Identifier(table))
        return pd.read_sql(query.as_string(conn), conn, params=(since,))  # ok: sql-injection


def purge_customer(conn: sqlite3.Connection, customer_id: str) -> int:
    cur = conn.execute("DELETE FROM orders WHERE customer_id = ?", (customer_id,))  # ok: sql-injection
    conn.commit()
    return cur.rowcount


def export_segment(conn: sqlite3.Connection, segment_filter: str) -> pd.DataFrame:
    where = "WHERE " + segment_filter if segment_filter else ""
    return pd.read_sql_query("SELECT id, email FROM customers " + where, conn)  # expect: sql-injection


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    for table in TABLES:
        frame = copy_table(table, "2024-01-01")
        log.info("copied %s rows from %s", len(frame), table)


if __name__ == "__main__":
    main()
