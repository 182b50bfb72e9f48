# corpus: path=scripts/backup_db.py
"""Nightly database backup: dump, compress, upload, prune."""
import argparse
import datetime as dt
import logging
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import boto3
import requests

log = logging.getLogger("backup")

BUCKET = os.environ.get("BACKUP_BUCKET", "acme-db-backups")
HEALTHCHECK_URL = "http://hc.internal-monitor.net/ping/6f1c2d"  # expect: cleartext-http
DOCS_URL = "http://localhost:8080/docs"  # ok: cleartext-http


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database", required=True)
    parser.add_argument("--keep-days", type=int, default=14)
    parser.add_argument("--restore", help="archive key to restore instead of backing up")
    parser.add_argument("--dry-run", action="store_true")
    return parser.parse_args(argv)


def dump(database: str, workdir: Path) -> Path:
    target = workdir / f"{database}-{dt.date.today():%Y%m%d}.sql"
    with target.open("wb") as out:
        subprocess.run(["pg_dump", "--no-owner", database], stdout=out, check=True)  # ok: command-injection
    return target


def compress(path: Path) -> Path:
    archive = path.with_suffix(".tar.gz")
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(path, arcname=path.name)
    return archive


def upload(archive: Path) -> str:
    key = f"postgres/{archive.name}"
    boto3.client("s3").upload_file(str(archive), BUCKET, key)
    return key


def restore(key: str, workdir: Path) -> None:
    local = workdir / Path(key).name
    boto3.client("s3").download_file(BUCKET, key, str(local))
    with tarfile.open(local, "r:gz") as tar:
        tar.extractall(workdir, filter="data")  # ok: path-traversal
    for sql in workdir.glob("*.sql"):
        log.info("restore %s with: psql < %s", sql.name, sql)


def prune(keep_days: int, dry_run: bool) -> int:
    s3 = boto3.client("s3")
    cutoff = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=keep_days)
    removed = 0
    for obj in s3.list_objects_v2(Bucket=BUCKET, Prefix="postgres/").get("Contents", []):
        if obj["LastModified"] < cutoff:
            if not dry_run:
                s3.delete_object(Bucket=BUCKET, Key=obj["Key"])
            removed += 1
    return removed


def ping() -> None:
    try:
        requests.get(HEALTHCHECK_URL, timeout=5)
    except requests.RequestException:  # ok: swallowed-exception
        log.warning("healthcheck ping failed")


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO)
    args = parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="backup-"))  # ok: insecure-temp-file
    try:
        if args.restore:
            restore(args.restore, workdir)
            return 0
        archive = compress(dump(args.database, workdir))
        if not args.dry_run:
            log.info("uploaded %s", upload(archive))
        log.info("pruned %d old backups", prune(args.keep_days, args.dry_run))
        ping()
        return 0
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
