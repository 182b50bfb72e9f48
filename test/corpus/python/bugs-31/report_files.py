# corpus: path=reports/storage.py
"""Writes generated reports and their manifests next to the source data."""
import io
import json
import os
from datetime import datetime, timezone
from pathlib import Path

REPORT_ROOT = Path(os.environ.get("REPORT_ROOT", "/srv/reports"))


def append_audit_line(report_id: str, user: str) -> None:
    audit = REPORT_ROOT / "audit.log"
    with open(audit) as fh:
        fh.write(f"{datetime.now(timezone.utc).isoformat()} {user} {report_id}\n")  # expect: readonly-file-write


def append_audit_line_v2(report_id: str, user: str) -> None:
    audit = REPORT_ROOT / "audit.log"
    with open(audit, "a", encoding="utf-8") as fh:
        fh.write(f"{datetime.now(timezone.utc).isoformat()} {user} {report_id}\n")  # ok: readonly-file-write


def update_manifest(report_dir: Path, entry: dict) -> None:
    manifest = report_dir / "manifest.json"
    with manifest.open(encoding="utf-8") as fh:
        data = json.load(fh)
        data.setdefault("reports", []).append(entry)
        fh.seek(0)
        fh.write(json.dumps(data, indent=2))  # expect: readonly-file-write
        fh.truncate()  # also: readonly-file-write


def update_manifest_v2(report_dir: Path, entry: dict) -> None:
    manifest = report_dir / "manifest.json"
    with manifest.open("r+", encoding="utf-8") as fh:
        data = json.load(fh)
        data.setdefault("reports", []).append(entry)
        fh.seek(0)
        fh.write(json.dumps(data, indent=2))  # ok: readonly-file-write
        fh.truncate()


def stamp_header(path: str, title: str) -> None:
    fh = open(path, "r", encoding="utf-8")
    try:
        body = fh.read()
        fh.seek(0)
        fh.write(f"# {title}\n\n{body}")  # expect: readonly-file-write
    finally:
        fh.close()


def stamp_header_v2(path: str, title: str) -> None:
    with open(path, encoding="utf-8") as src:
        body = src.read()
    with open(path, "w", encoding="utf-8") as dst:
        dst.write(f"# {title}\n\n{body}")  # ok: readonly-file-write


def save_chart(report_dir: Path, name: str, png: bytes) -> Path:
    target = report_dir / f"{name}.png"
    with target.open("rb") as fh:
        fh.write(png)  # expect: readonly-file-write
    return target


def save_chart_v2(report_dir: Path, name: str, png: bytes) -> Path:
    target = report_dir / f"{name}.png"
    target.write_bytes(png)
    return target


def copy_report(src: Path, dst: Path) -> None:
    with io.open(src, "rb") as fin, io.open(dst, "wb") as fout:
        fout.write(fin.read())  # ok: readonly-file-write


def render_to_buffer(rows) -> str:
    buf = io.StringIO()
    for row in rows:
        buf.write(",".join(map(str, row)) + "\n")  # ok: readonly-file-write
    return buf.getvalue()
