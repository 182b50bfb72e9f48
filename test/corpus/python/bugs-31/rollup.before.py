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
    return totals
