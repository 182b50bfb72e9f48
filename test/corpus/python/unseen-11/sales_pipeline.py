# corpus: path=pipelines/sales_daily.py
import argparse
import hashlib
import io
import json
import logging
import os
import random
import tempfile
from datetime import date, timedelta
from pathlib import Path

import boto3
import pandas as pd

log = logging.getLogger("sales_daily")

BUCKET = os.environ.get("SALES_BUCKET", "acme-sales-exports")
REGION = os.getenv("AWS_REGION", "eu-west-1")
CACHE_DIR = Path(os.environ.get("PIPELINE_CACHE", Path.home() / ".cache" / "sales"))
SAMPLE_RATE = float(os.environ.get("SAMPLE_RATE", "0.05"))

s3 = boto3.client("s3", region_name=REGION)


def cache_key(day: date, columns: list[str]) -> str:
    raw = json.dumps({"day": day.isoformat(), "columns": sorted(columns)}, sort_keys=True)
    return hashlib.md5(raw.encode()).hexdigest()


def load_day(day: date, columns: list[str]) -> pd.DataFrame:
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    cached = CACHE_DIR / f"{cache_key(day, columns)}.parquet"
    if cached.exists():
        return pd.read_parquet(cached)
    key = f"raw/{day:%Y/%m/%d}/sales.csv"
    obj = s3.get_object(Bucket=BUCKET, Key=key)
    frame = pd.read_csv(io.BytesIO(obj["Body"].read()), usecols=columns, parse_dates=["sold_at"])
    frame.to_parquet(cached)
    return frame


def summarise(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.assign(revenue=frame["quantity"] * frame["unit_price"])
    return (
        frame.groupby(["store_id", "sku"], as_index=False)
        .agg(units=("quantity", "sum"), revenue=("revenue", "sum"))
        .sort_values("revenue", ascending=False)
    )


def sample_for_audit(frame: pd.DataFrame, seed: int | None = None) -> pd.DataFrame:
    rng = random.Random(seed)
    picked = [i for i in range(len(frame)) if rng.random() < SAMPLE_RATE]
    return frame.iloc[picked]


def upload(frame: pd.DataFrame, day: date) -> str:
    key = f"summaries/{day:%Y-%m-%d}.csv"
    with tempfile.NamedTemporaryFile("w+", suffix=".csv", delete=False) as tmp:
        frame.to_csv(tmp.name, index=False)
        path = tmp.name
    try:
        s3.upload_file(path, BUCKET, key, ExtraArgs={"ContentType": "text/csv"})
    finally:
        os.unlink(path)
    return f"s3://{BUCKET}/{key}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Summarise yesterday's sales")
    parser.add_argument("--day", type=date.fromisoformat, default=date.today() - timedelta(days=1))
    parser.add_argument("--audit-seed", type=int)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)

    frame = load_day(args.day, ["store_id", "sku", "quantity", "unit_price", "sold_at"])
    summary = summarise(frame)
    audit = sample_for_audit(frame, args.audit_seed)
    log.info("%d rows, %d summary rows, %d audit rows", len(frame), len(summary), len(audit))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        summary.to_csv(args.out, index=False)
        audit.to_csv(args.out.with_suffix(".audit.csv"), index=False)
    else:
        print(upload(summary, args.day))
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    raise SystemExit(main())
