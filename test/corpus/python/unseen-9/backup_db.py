# corpus: path=scripts/backup_db.py
#!/usr/bin/env python3
"""Dump the database, compress it and upload it to the backup bucket.

Usage: backup_db.py <database-url> <label> [--keep N]
"""
import argparse
import datetime as dt
import gzip
import os
import shutil
import subprocess
import sys
import tempfile

import boto3


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("database_url")
    parser.add_argument("label")
    parser.add_argument("--keep", type=int, default=14)
    parser.add_argument("--bucket", default=os.environ.get("BACKUP_BUCKET", "db-backups"))
    return parser.parse_args(argv)


def dump(database_url: str, out_path: str) -> None:
    with open(out_path, "wb") as out:
        subprocess.run(["pg_dump", "--format=custom", database_url], stdout=out, check=True)


def compress(path: str) -> str:
    gz_path = path + ".gz"
    with open(path, "rb") as src, gzip.open(gz_path, "wb") as dst:
        shutil.copyfileobj(src, dst)
    os.remove(path)
    return gz_path


def prune(s3, bucket: str, label: str, keep: int) -> None:
    resp = s3.list_objects_v2(Bucket=bucket, Prefix=f"{label}/")
    keys = sorted((o["Key"] for o in resp.get("Contents", [])), reverse=True)
    for key in keys[keep:]:
        s3.delete_object(Bucket=bucket, Key=key)
        print(f"pruned {key}")


def main(argv=None) -> int:
    args = parse_args(argv if argv is not None else sys.argv[1:])
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    workdir = tempfile.mkdtemp(prefix="backup-")
    try:
        raw = os.path.join(workdir, f"{args.label}-{stamp}.dump")
        dump(args.database_url, raw)
        gz = compress(raw)
        s3 = boto3.client("s3")
        s3.upload_file(gz, args.bucket, f"{args.label}/{os.path.basename(gz)}")
        print(f"uploaded {args.label}/{os.path.basename(gz)}")
        prune(s3, args.bucket, args.label, args.keep)
        if len(sys.argv) > 3 and sys.argv[3] == "--verify":
            subprocess.run(f"pg_restore --list {gz} | head -20", shell=True, check=True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
