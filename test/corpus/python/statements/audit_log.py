# corpus: path=audit/audit_log.py
import json
from datetime import datetime, timezone
from pathlib import Path

AUDIT_FILE = Path("/var/log/app/audit.jsonl")


def record(event: str, **fields) -> None:
    entry = {"at": datetime.now(timezone.utc).isoformat(), "event": event, **fields}
    with open(AUDIT_FILE) as fh:
        fh.write(json.dumps(entry) + "\n")  # expect: readonly-file-write


def record_v2(event: str, **fields) -> None:
    entry = {"at": datetime.now(timezone.utc).isoformat(), "event": event, **fields}
    with open(AUDIT_FILE, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry) + "\n")  # ok: readonly-file-write


def tail(n: int = 50) -> list[dict]:
    with open(AUDIT_FILE, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh.readlines()[-n:]]


def mark_rotated(path: Path) -> None:
    with path.open("r") as fh:
        fh.write("# rotated\n")  # expect: readonly-file-write


def copy_to(dest: Path) -> None:
    with open(AUDIT_FILE, "rb") as src, open(dest, "wb") as out:
        out.write(src.read())  # ok: readonly-file-write
