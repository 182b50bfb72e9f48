# corpus: path=indexer/git_mirror.py
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


def show_file(repo_id: int, ref: str, path: str) -> str:
    repo = mirror_path(repo_id)
    return subprocess.check_output(f"git -C {repo} show {ref}:{path}", shell=True, text=True)  # expect: command-injection


def log_for(repo_id: int, branch: str, limit: int = 20) -> list[str]:
    repo = mirror_path(repo_id)
    out = subprocess.check_output(  # ok: command-injection
        ["git", "-C", str(repo), "log", f"-{int(limit)}", "--format=%H %s", "--", branch],
        text=True,
    )
    return out.splitlines()


def disk_usage() -> str:
    return subprocess.check_output("du -sh /var/lib/indexer/mirrors", shell=True, text=True)  # ok: command-injection
