# corpus: path=scripts/rollup_metrics.py
"""Roll daily request logs up into per-endpoint latency percentiles."""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import statistics
import subprocess
import sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

LOG_DIR = Path("/var/log/gateway")
OUT_DIR = Path("reports")


def git_revision() -> str:
    result = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    )
    return result.stdout.strip() or "unknown"


def log_files(day: date) -> list[Path]:
    return sorted(LOG_DIR.glob(f"access-{day:%Y%m%d}-*.jsonl.gz"))


def read_entries(path: Path):
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError:
                continue


def percentile(values: list[float], pct: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    k = (len(ordered) - 1) * pct
    lower = int(k)
    upper = min(lower + 1, len(ordered) - 1)
    return ordered[lower] + (ordered[upper] - ordered[lower]) * (k - lower)


def rollup(day: date) -> dict[str, dict[str, float]]:
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    for path in log_files(day):
        for entry in read_entries(path):
            key = f"{entry.get('method', 'GET')} {entry.get('route', '?')}"
            latencies[key].append(float(entry.get("duration_ms", 0)))
            if int(entry.get("status", 200)) >= 500:
                errors[key] += 1
    summary = {}
    for key, values in latencies.items():
        summary[key] = {
            "count": len(values),
            "p50": round(percentile(values, 0.50), 1),
            "p95": round(percentile(values, 0.95), 1),
            "p99": round(percentile(values, 0.99), 1),
            "mean": round(statistics.fmean(values), 1),
            "errors": errors.get(key, 0),
        }
    return summary


def write_report(day: date, summary: dict[str, dict[str, float]]) -> Path:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    target = OUT_DIR / f"latency-{day.isoformat()}.csv"
    with target.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["endpoint", "count", "p50", "p95", "p99", "mean", "errors"])
        for endpoint, stats in sorted(summary.items(), key=lambda kv: -kv[1]["count"]):
            writer.writerow([endpoint, *(stats[k] for k in ("count", "p50", "p95", "p99", "mean", "errors"))])
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--day", type=date.fromisoformat, default=date.today() - timedelta(days=1))
    args = parser.parse_args(argv)
    summary = rollup(args.day)
    if not summary:
        sys.stderr.write(f"no log entries for {args.day}\n")
        return 1
    target = write_report(args.day, summary)
    sys.stdout.write(f"{target} written at {datetime.now():%H:%M} (rev {git_revision()})\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
