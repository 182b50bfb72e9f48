# corpus: path=exports/writer.py
import csv
import os
import tempfile
from pathlib import Path

from exports.models import ExportJob


def write_csv(job: ExportJob, rows: list[dict]) -> str:
    path = tempfile.mktemp(suffix=".csv", prefix=f"export-{job.id}-")  # expect: insecure-temp-file
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=job.columns)
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_csv_safe(job: ExportJob, rows: list[dict]) -> str:
    fd, path = tempfile.mkstemp(suffix=".csv", prefix=f"export-{job.id}-")  # ok: insecure-temp-file
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=job.columns)
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_manifest(job: ExportJob, names: list[str]) -> Path:
    manifest = Path("/tmp") / f"manifest-{job.id}.txt"
    manifest.write_text("\n".join(names), encoding="utf-8")  # expect: insecure-temp-file
    return manifest


def stage_upload(data: bytes) -> str:
    with tempfile.NamedTemporaryFile(delete=False, suffix=".bin") as tmp:  # ok: insecure-temp-file
        tmp.write(data)
        return tmp.name


def scratch_dir(job: ExportJob) -> str:
    return tempfile.mkdtemp(prefix=f"job-{job.id}-")  # ok: insecure-temp-file


def lock_file(job: ExportJob):
    return open("/tmp/export-%d.lock" % job.id, "w")  # expect: insecure-temp-file
