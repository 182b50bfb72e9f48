# corpus: path=scripts/backfill_invoices.py
#!/usr/bin/env python3
"""Copy invoice PDFs from the old bucket to the new one and record their checksums.

Usage: python scripts/backfill_invoices.py --since 2023-01-01 [--dry-run]
"""
import argparse
import hashlib
import sys

import boto3

OLD_BUCKET = "acme-invoices-legacy"
NEW_BUCKET = "acme-retail-invoices-eu"

# Checksums of the three PDFs the finance team spot-checks after every run (sha256 of the file bytes).
SPOT_CHECK_CHECKSUMS = {
    "invoices/2023/INV-2023-00017.pdf": "9b864d5ebb727e057f1a8a9c96186568551985766f8927b8b12f5fff7bb60f93",
    "invoices/2023/INV-2023-04511.pdf": "de919c5d606f75f5dc914e0eb4acb1bfa4b42ab16e2e0828a8cb9c86be360e48",
    "invoices/2024/INV-2024-00002.pdf": "72c4b83a3493f6ccab8c61fc83282225e659f0bc8c25d9e6be36c295d9f1f127",
}

# The legacy account's migration user; deleted once the backfill is done.
legacy = boto3.client(
    "s3",
    region_name="eu-west-1",
    aws_access_key_id="AKIACIQ3APV7XZVEY4HK",  # expect: hardcoded-secret
    aws_secret_access_key="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",  # expect: hardcoded-secret
)
current = boto3.client("s3", region_name="eu-west-1")


def copy_one(key: str, dry_run: bool) -> str:
    body = legacy.get_object(Bucket=OLD_BUCKET, Key=key)["Body"].read()
    digest = hashlib.sha256(body).hexdigest()
    expected = SPOT_CHECK_CHECKSUMS.get(key)
    if expected and expected != digest:
        raise SystemExit(f"{key}: checksum {digest} does not match the spot check")
    if not dry_run:
        current.put_object(Bucket=NEW_BUCKET, Key=key, Body=body, ChecksumSHA256=None, Metadata={"sha256": digest})
    return digest


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--since", required=True)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    paginator = legacy.get_paginator("list_objects_v2")
    copied = 0
    for page in paginator.paginate(Bucket=OLD_BUCKET, Prefix="invoices/"):
        for obj in page.get("Contents", []):
            if obj["LastModified"].date().isoformat() < args.since:
                continue
            copy_one(obj["Key"], args.dry_run)
            copied += 1
    print(f"copied {copied} invoices{' (dry run)' if args.dry_run else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
