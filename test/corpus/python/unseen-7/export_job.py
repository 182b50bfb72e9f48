# corpus: path=scripts/export_orders.py
"""Nightly export of settled orders to the finance SFTP drop."""
import argparse
import csv
import datetime as dt
import logging
import os
import sys
from pathlib import Path

import psycopg

log = logging.getLogger("export_orders")

QUERY = """
    SELECT id, customer_id, total_cents, currency, settled_at
    FROM orders
    WHERE settled_at >= %s AND settled_at < %s
    ORDER BY settled_at
"""


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--day", type=dt.date.fromisoformat, default=dt.date.today() - dt.timedelta(days=1))
    parser.add_argument("--out", type=Path, default=Path(os.environ.get("EXPORT_DIR", "/var/exports")))
    return parser.parse_args(argv)


def export(day: dt.date, out_dir: Path) -> Path:
    start = dt.datetime.combine(day, dt.time.min, tzinfo=dt.timezone.utc)
    end = start + dt.timedelta(days=1)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"orders-{day.isoformat()}.csv"
    with psycopg.connect(os.environ["DATABASE_URL"]) as conn, conn.cursor() as cur, target.open("w", newline="") as fh:
        cur.execute(QUERY, (start, end))
        writer = csv.writer(fh)
        writer.writerow([col.name for col in cur.description])
        count = 0
        for row in cur:
            writer.writerow(row)
            count += 1
    log.info("exported %d orders to %s", count, target)
    return target


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        export(args.day, args.out)
    except psycopg.Error:
        log.exception("export failed")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
