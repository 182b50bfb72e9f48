# corpus: path=reports/service.py
"""Monthly reports: query aggregates, render CSV/PDF into the report store, list and prune old files."""
import csv
import datetime as dt
import logging
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import connection

log = logging.getLogger(__name__)

REPORT_ROOT = Path(settings.MEDIA_ROOT) / "reports"
COLUMNS = {"revenue": "SUM(total_cents)", "orders": "COUNT(*)", "customers": "COUNT(DISTINCT customer_id)"}
TABLE = "sales_order"


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, month, 1)
    end = dt.date(year + (month == 12), month % 12 + 1, 1)
    return start, end


def aggregate(metric: str, year: int, month: int) -> int:
    expr = COLUMNS[metric]
    start, end = month_bounds(year, month)
    with connection.cursor() as cur:
        cur.execute(f"SELECT {expr} FROM {TABLE} WHERE created_at >= %s AND created_at < %s", [start, end])
        return cur.fetchone()[0] or 0


def top_products(limit: int = 10) -> list[tuple]:
    sql = "SELECT product_id, SUM(quantity) AS qty FROM sales_orderline GROUP BY product_id ORDER BY qty DESC LIMIT %s"
    with connection.cursor() as cur:
        cur.execute(sql, [int(limit)])
        return cur.fetchall()


def report_path(year: int, month: int, fmt: str = "csv") -> Path:
    return REPORT_ROOT / f"{year:04d}" / f"{month:02d}.{fmt}"


def write_csv(year: int, month: int) -> Path:
    target = report_path(year, month)
    target.parent.mkdir(parents=True, exist_ok=True)
    rows = [(name, aggregate(name, year, month)) for name in COLUMNS]
    with tempfile.NamedTemporaryFile("w", newline="", delete=False, dir=target.parent, suffix=".tmp") as tmp:
        writer = csv.writer(tmp)
        writer.writerow(["metric", "value"])
        writer.writerows(rows)
    os.replace(tmp.name, target)
    log.info("wrote %s", target)
    return target


def list_reports() -> list[str]:
    if not REPORT_ROOT.exists():
        return []
    return sorted(str(p.relative_to(REPORT_ROOT)) for p in REPORT_ROOT.rglob("*.csv"))


def prune(keep_years: int = 3) -> int:
    cutoff = dt.date.today().year - keep_years
    removed = 0
    for year_dir in REPORT_ROOT.iterdir():
        if year_dir.is_dir() and year_dir.name.isdigit() and int(year_dir.name) < cutoff:
            shutil.rmtree(year_dir)
            removed += 1
    return removed


def export_to_sqlite(db_path: str, year: int) -> None:
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("CREATE TABLE IF NOT EXISTS monthly (month INTEGER PRIMARY KEY, revenue INTEGER)")
        for month in range(1, 13):
            conn.execute("INSERT OR REPLACE INTO monthly VALUES (?, ?)", (month, aggregate("revenue", year, month)))
        conn.commit()
    finally:
        conn.close()


def read_template(name: str) -> str:
    base = Path(__file__).parent / "templates"
    return (base / f"{name}.sql").read_text(encoding="utf-8")


def rebuild_indexes() -> None:
    with connection.cursor() as cur:
        for index in ("sales_order_created_idx", "sales_orderline_product_idx"):
            cur.execute(f"REINDEX INDEX {index}")
