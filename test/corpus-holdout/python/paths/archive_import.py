# corpus: path=importer/archive.py
import logging
import os
import tarfile
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)


def extract_theme(zip_path: str, dest: str) -> list[str]:
    written = []
    with zipfile.ZipFile(zip_path) as zf:
        for member in zf.infolist():
            target = os.path.join(dest, member.filename)
            with zf.open(member) as src, open(target, "wb") as out:  # expect: path-traversal
                out.write(src.read())
            written.append(target)
    return written


def extract_backup(tar_path: str, dest: str) -> None:
    with tarfile.open(tar_path) as tf:
        tf.extractall(dest)  # expect: path-traversal


def extract_backup_safely(tar_path: str, dest: str) -> None:
    with tarfile.open(tar_path) as tf:
        tf.extractall(dest, filter="data")  # ok: path-traversal


def extract_checked(zip_path: str, dest: str) -> None:
    root = Path(dest).resolve()
    with zipfile.ZipFile(zip_path) as zf:
        for name in zf.namelist():
            target = (root / name).resolve()
            if root not in target.parents and target != root:
                log.warning("skipping %s: outside %s", name, root)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(zf.read(name))  # ok: path-traversal
