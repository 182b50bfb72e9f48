# corpus: path=app/reports/exports.py
import csv
import gzip
import json
import logging
from pathlib import Path

log = logging.getLogger(__name__)


def export_rows(rows: list[dict], target: Path) -> int:
    count = 0
    try:
        with target.open("w", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=sorted(rows[0]) if rows else [])
            writer.writeheader()
            for row in rows:
                writer.writerow(row)
                count += 1
    except OSError:
        log.exception("export to %s failed", target)
        raise
    finally:
        log.info("exported %d rows to %s", count, target)
    return count


def export_compressed(rows: list[dict], target: Path) -> int:
    with gzip.open(target, "wt", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")  # ok: readonly-file-write
    return len(rows)


def append_marker(target: Path, marker: str) -> None:
    with gzip.open(target) as fh:
        fh.write(marker.encode())  # expect: readonly-file-write


def count_lines(path: Path) -> int:
    total = 0
    try:
        with open(path, encoding="utf-8") as fh:
            for _ in fh:
                total += 1
    except FileNotFoundError:
        return 0
    finally:
        if total == 0:
            return -1  # expect: finally-control-flow
    return total


def stamp(path: Path, text: str) -> None:
    fh = open(path, encoding="utf-8")
    try:
        body = fh.read()
        if text not in body:
            fh.write(text)  # expect: readonly-file-write
    finally:
        fh.close()


def stamp_v2(path: Path, text: str) -> None:
    body = path.read_text(encoding="utf-8")
    if text not in body:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(text)  # ok: readonly-file-write
