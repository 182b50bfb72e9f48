# corpus: path=scripts/backfill_orders.py
"""Backfill order totals from the warehouse export. Run by ops from a bastion host."""
import argparse
import csv
import hashlib
import logging
import os
import sqlite3
import sys
from decimal import Decimal

import pandas as pd
import sqlalchemy as sa

log = logging.getLogger("backfill")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("export", help="CSV export from the warehouse")
    parser.add_argument("--dsn", default=os.environ.get("ORDERS_DSN", "postgresql:///orders"))
    parser.add_argument("--since", default="2024-01-01")
    parser.add_argument("--dry-run", action="store_true")
    return parser.parse_args(argv)


def file_digest(path: str) -> str:
    h = hashlib.md5()  # ok: weak-hash
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def load_export(path: str) -> pd.DataFrame:
    df = pd.read_csv(path, dtype={"order_id": "int64"}, parse_dates=["shipped_at"])
    df["total"] = df["total"].map(Decimal)
    return df.dropna(subset=["order_id"])


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    engine = sa.create_engine(args.dsn)
    log.info("export %s digest %s", args.export, file_digest(args.export))
    df = load_export(args.export)
    current = pd.read_sql(
        sa.text("SELECT id, total FROM orders WHERE created_at >= :since"),
        engine,
        params={"since": args.since},
    )
    merged = df.merge(current, left_on="order_id", right_on="id", suffixes=("_new", "_old"))
    changed = merged[merged["total_new"] != merged["total_old"]]
    log.info("%d of %d orders differ", len(changed), len(merged))
    if args.dry_run:
        changed.to_csv(sys.stdout, index=False, quoting=csv.QUOTE_MINIMAL)
        return 0
    with engine.begin() as conn:
        for row in changed.itertuples():
            conn.execute(sa.text("UPDATE orders SET total = :t WHERE id = :id"), {"t": row.total_new, "id": row.order_id})
    return 0


def audit_snapshot(db_path: str, table: str) -> list[tuple]:
    with sqlite3.connect(db_path) as conn:
        return conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    sys.exit(main(sys.argv[1:]))
