# corpus: path=scripts/restore_backup.py
#!/usr/bin/env python3
"""Restore a media backup downloaded from the partner bucket."""
import argparse
import logging
import os
import shutil
import tarfile
import tempfile
import zipfile

import requests

log = logging.getLogger("restore")

BUCKET = "https://backups.partner.example.com"


def download(name: str) -> str:
    path = tempfile.mktemp(suffix=".tar.gz")  # expect: insecure-temp-file
    with requests.get(f"{BUCKET}/{name}", stream=True, timeout=60) as resp:
        resp.raise_for_status()
        with open(path, "wb") as fh:
            shutil.copyfileobj(resp.raw, fh)
    return path


def download_safe(name: str) -> str:
    fd, path = tempfile.mkstemp(suffix=".tar.gz")  # ok: insecure-temp-file
    with os.fdopen(fd, "wb") as fh, requests.get(f"{BUCKET}/{name}", stream=True, timeout=60) as resp:
        resp.raise_for_status()
        shutil.copyfileobj(resp.raw, fh)
    return path


def unpack_tar(archive: str, dest: str) -> None:
    with tarfile.open(archive) as tar:
        tar.extractall(dest)  # expect: path-traversal


def unpack_tar_filtered(archive: str, dest: str) -> None:
    with tarfile.open(archive) as tar:
        tar.extractall(dest, filter="data")  # ok: path-traversal


def unpack_zip(archive: str, dest: str) -> None:
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(dest)  # ok: path-traversal


def prune(dest: str, keep: list = []) -> None:  # expect: mutable-default-argument
    names = os.listdir(dest)
    for name in names:
        if name in keep:
            continue
        full = os.path.join(dest, name)
        if os.path.isdir(full):
            shutil.rmtree(full)


def verify(dest: str, manifest: dict) -> list:
    missing = []
    for name in manifest:
        if not os.path.exists(os.path.join(dest, name)):
            missing.append(name)
    for name in list(manifest):
        if name in missing:
            del manifest[name]  # ok: mutate-while-iterating
    return missing


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("name")
    parser.add_argument("--dest", default="/srv/media")
    parser.add_argument("--format", choices=["tar", "zip"], default="tar")
    args = parser.parse_args()
    archive = download_safe(args.name)
    try:
        if args.format == "tar":
            unpack_tar_filtered(archive, args.dest)
        else:
            unpack_zip(archive, args.dest)
    finally:
        os.unlink(archive)
    log.info("restored %s into %s", args.name, args.dest)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
