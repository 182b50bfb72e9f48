# corpus: path=scripts/reconcile_payments.py
"""Nightly reconciliation of ledger entries against the payment provider's settlement files."""
import argparse
import csv
import logging
import os
import sqlite3
import sys
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

import psycopg2
import psycopg2.extras

log = logging.getLogger("reconcile")

SETTLEMENT_DIR = os.environ.get("SETTLEMENT_DIR", "/srv/settlements")
CURRENCIES = ("USD", "EUR", "GBP")


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--day", type=date.fromisoformat, default=date.today() - timedelta(days=1))
    parser.add_argument("--dsn", default=os.environ.get("LEDGER_DSN"))
    parser.add_argument("--cache", default="/var/tmp/reconcile.sqlite")
    parser.add_argument("--dry-run", action="store_true")
    return parser.parse_args(argv)


def load_settlements(day):
    path = os.path.join(SETTLEMENT_DIR, f"settlement-{day:%Y%m%d}.csv")
    totals = defaultdict(Decimal)
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            if row["currency"] not in CURRENCIES:
                continue
            totals[(row["merchant_id"], row["currency"])] += Decimal(row["amount"])
    return totals


def load_ledger(conn, day):
    with conn.cursor(cursor_factory=psycopg2.extras.DictCursor) as cur:
        cur.execute(
            "SELECT merchant_id, currency, sum(amount) AS total FROM ledger_entries "
            "WHERE booked_on = %s GROUP BY merchant_id, currency",  # ok: sql-injection
            (day,),
        )
        return {(r["merchant_id"], r["currency"]): r["total"] for r in cur.fetchall()}


def table_counts(conn, tables):
    counts = {}
    with conn.cursor() as cur:
        for table in tables:
            cur.execute(f"SELECT count(*) FROM {table}")  # ok: sql-injection
            counts[table] = cur.fetchone()[0]
    return counts


def diff(settled, booked):
    mismatches = []
    for key in sorted(set(settled) | set(booked)):
        a, b = settled.get(key, Decimal(0)), booked.get(key, Decimal(0))
        if a != b:
            mismatches.append((key[0], key[1], a, b))
    return mismatches


def drop_resolved(pending, resolved_ids):
    for merchant_id in pending:
        if merchant_id in resolved_ids:
            pending.remove(merchant_id)  # expect: mutate-while-iterating
    return pending


def record(cache_path, day, mismatches):
    db = sqlite3.connect(cache_path)
    try:
        db.execute(
            "CREATE TABLE IF NOT EXISTS mismatches (day TEXT, merchant TEXT, currency TEXT, settled TEXT, booked TEXT)"
        )
        db.executemany(
            "INSERT INTO mismatches VALUES (?, ?, ?, ?, ?)",  # ok: sql-injection
            [(day.isoformat(), m, c, str(a), str(b)) for m, c, a, b in mismatches],
        )
        db.commit()
    finally:
        db.close()


def main(argv=None):
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    args = parse_args(argv)
    if not args.dsn:
        log.error("no ledger DSN given")
        return 2
    settled = load_settlements(args.day)
    conn = psycopg2.connect(args.dsn)
    try:
        booked = load_ledger(conn, args.day)
        log.info("row counts: %s", table_counts(conn, ["ledger_entries", "payouts"]))
    finally:
        conn.close()
    mismatches = diff(settled, booked)
    for merchant, currency, a, b in mismatches:
        log.warning("%s %s settled=%s booked=%s", merchant, currency, a, b)
    if not args.dry_run:
        record(args.cache, args.day, mismatches)
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
