"""Keeps read-only mirrors of customer repositories for the indexer."""
import logging
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

MIRRORS = Path("/var/lib/indexer/mirrors")


def mirror_path(repo_id: int) -> Path:
    return MIRRORS / f"{repo_id}.git"


def clone(repo_id: int, url: str) -> None:
    dest = mirror_path(repo_id)
    if dest.exists():
        return
    subprocess.run(["git", "clone", "--mirror", "--", url, str(dest)], check=True, timeout=600)
    log.info("cloned %s", url)


def fetch(repo_id: int) -> None:
    subprocess.run(["git", "-C", str(mirror_path(repo_id)), "remote", "update", "--prune"], check=True, timeout=600)
