# corpus: path=ops/backup_restore.py
"""Restore a site backup that an operator downloaded from the storage bucket."""
import logging
import os
import tarfile

log = logging.getLogger(__name__)


def restore(archive_path: str, dest: str) -> int:
    count = 0
    with tarfile.open(archive_path) as tar:
        for member in tar.getmembers():
            tar.extract(member, dest)  # expect: path-traversal
            count += 1
    log.info("restored %d files into %s", count, dest)
    return count


def restore_checked(archive_path: str, dest: str) -> int:
    root = os.path.realpath(dest)
    count = 0
    with tarfile.open(archive_path) as tar:
        for member in tar.getmembers():
            target = os.path.realpath(os.path.join(root, member.name))
            if not target.startswith(root + os.sep) or member.issym() or member.islnk():
                log.warning("skipping %s", member.name)
                continue
            tar.extract(member, root)  # ok: path-traversal
            count += 1
    return count


def restore_filtered(archive_path: str, dest: str) -> None:
    with tarfile.open(archive_path) as tar:
        for member in tar:
            tar.extract(member, dest, filter="data")  # ok: path-traversal


def restore_vendored() -> None:
    tar = tarfile.open("vendor/fonts.tar.gz")
    for member in tar:
        tar.extract(member, "static/fonts")
    tar.close()
