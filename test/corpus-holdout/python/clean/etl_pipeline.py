# corpus: path=pipelines/daily_orders.py
"""Daily order aggregation: read the day's orders, compute per-merchant totals, load to the warehouse."""
from __future__ import annotations

import argparse
import csv
import logging
import sys
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

import pandas as pd
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from pipelines.config import load_config
from pipelines.schema import MerchantDailyTotal, Order

log = logging.getLogger("pipelines.daily_orders")


@dataclass(frozen=True)
class Window:
    start: datetime
    end: datetime

    @classmethod
    def for_day(cls, day: date) -> "Window":
        start = datetime(day.year, day.month, day.day, tzinfo=timezone.utc)
        return cls(start=start, end=start + timedelta(days=1))


def iter_orders(session: Session, window: Window, batch_size: int = 5000) -> Iterator[Order]:
    stmt = (
        select(Order)
        .where(Order.created_at >= window.start, Order.created_at < window.end)
        .order_by(Order.id)
        .execution_options(yield_per=batch_size)
    )
    yield from session.scalars(stmt)


def aggregate(orders: Iterator[Order]) -> dict[str, dict[str, float]]:
    totals: dict[str, dict[str, float]] = defaultdict(lambda: {"orders": 0, "gross": 0.0, "refunds": 0.0})
    for order in orders:
        bucket = totals[order.merchant_id]
        bucket["orders"] += 1
        bucket["gross"] += float(order.amount)
        if order.refunded_amount:
            bucket["refunds"] += float(order.refunded_amount)
    return totals


def to_frame(day: date, totals: dict[str, dict[str, float]]) -> pd.DataFrame:
    frame = pd.DataFrame.from_dict(totals, orient="index")
    frame.index.name = "merchant_id"
    frame = frame.reset_index()
    frame["day"] = day
    frame["net"] = frame["gross"] - frame["refunds"]
    return frame.sort_values("net", ascending=False)


def load(session: Session, frame: pd.DataFrame) -> int:
    rows = [
        MerchantDailyTotal(
            merchant_id=r.merchant_id,
            day=r.day,
            orders=int(r.orders),
            gross=r.gross,
            refunds=r.refunds,
            net=r.net,
        )
        for r in frame.itertuples(index=False)
    ]
    session.add_all(rows)
    session.commit()
    return len(rows)


def write_report(frame: pd.DataFrame, out_dir: Path, day: date) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"merchant-totals-{day.isoformat()}.csv"
    with target.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["merchant_id", "orders", "gross", "refunds", "net"])
        for r in frame.itertuples(index=False):
            writer.writerow([r.merchant_id, int(r.orders), f"{r.gross:.2f}", f"{r.refunds:.2f}", f"{r.net:.2f}"])
    return target


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--day", type=date.fromisoformat, default=date.today() - timedelta(days=1))
    parser.add_argument("--out", type=Path, default=Path("reports"))
    parser.add_argument("--dry-run", action="store_true")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    config = load_config()
    logging.basicConfig(level=config.log_level, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    engine = create_engine(config.warehouse_url, pool_pre_ping=True)
    window = Window.for_day(args.day)
    with Session(engine) as session:
        totals = aggregate(iter_orders(session, window))
        if not totals:
            log.warning("no orders on %s", args.day)
            return 0
        frame = to_frame(args.day, totals)
        report = write_report(frame, args.out, args.day)
        log.info("wrote %s (%d merchants)", report, len(frame))
        if args.dry_run:
            return 0
        loaded = load(session, frame)
        log.info("loaded %d rows for %s", loaded, args.day)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
