"""Hourly metric roll-ups written to the rollup directory."""
import json
import logging
from pathlib import Path

log = logging.getLogger(__name__)

ROLLUP_DIR = Path("/var/lib/metrics/rollup")


def load_hour(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def rollup(hour: str) -> dict:
    samples = load_hour(ROLLUP_DIR / f"{hour}.jsonl")
    totals: dict[str, float] = {}
    for sample in samples:
        totals[sample["name"]] = totals.get(sample["name"], 0.0) + sample["value"]
    summary = ROLLUP_DIR / f"{hour}.summary.json"
    with summary.open(encoding="utf-8") as out:
        out.write(json.dumps(totals, sort_keys=True))  # expect: readonly-file-write
    return totals


def rollup_many(hours: list[str]) -> dict[str, dict]:
    results = {}
    for hour in hours:
        try:
            results[hour] = rollup(hour)
        except FileNotFoundError:
            log.info("no samples for %s", hour)
        finally:
            return results  # expect: finally-control-flow
    return results


def rollup_many_v2(hours: list[str]) -> dict[str, dict]:
    results = {}
    for hour in hours:
        try:
            results[hour] = rollup(hour)
        except FileNotFoundError:
            log.info("no samples for %s", hour)
    return results


def write_index(hours: list[str]) -> None:
    index = ROLLUP_DIR / "index.json"
    with index.open("w", encoding="utf-8") as out:
        out.write(json.dumps(sorted(hours)))  # ok: readonly-file-write
