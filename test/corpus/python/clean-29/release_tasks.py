# corpus: path=tasks/release_tasks.py
"""Release helpers run by CI and by maintainers: version stamping, asset builds, backups."""
from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

log = logging.getLogger("release")

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
FRONTEND = ROOT / "frontend"
MANIFEST = DIST / "manifest.json"


def run(argv: list[str], *, cwd: Path = ROOT, env: dict | None = None) -> str:
    log.info("$ %s", " ".join(argv))
    result = subprocess.run(argv, cwd=cwd, env=env, check=True, capture_output=True, text=True)  # ok: command-injection
    return result.stdout.strip()


def git_describe() -> str:
    return run(["git", "describe", "--tags", "--always", "--dirty"])


def git_sha() -> str:
    return run(["git", "rev-parse", "--short=12", "HEAD"])


def build_frontend() -> None:
    npm = shutil.which("npm")
    if npm is None:
        raise SystemExit("npm is not on PATH")
    env = {**os.environ, "NODE_ENV": "production", "VITE_RELEASE": git_describe()}
    run([npm, "ci", "--no-audit", "--no-fund"], cwd=FRONTEND, env=env)
    run([npm, "run", "build"], cwd=FRONTEND, env=env)


def collect_assets() -> dict[str, str]:
    manifest = {}
    for path in sorted((FRONTEND / "build").rglob("*")):
        if not path.is_file():
            continue
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        target = DIST / "static" / path.relative_to(FRONTEND / "build")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
        manifest[str(target.relative_to(DIST))] = digest
    return manifest


def write_manifest(assets: dict[str, str]) -> None:
    payload = {
        "version": git_describe(),
        "commit": git_sha(),
        "built_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "assets": assets,
    }
    MANIFEST.write_text(json.dumps(payload, indent=2, sort_keys=True))
    log.info("wrote %s (%d assets)", MANIFEST.relative_to(ROOT), len(assets))


def backup_database(database_url: str, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = out_dir / f"ledger-{stamp}.sql.gz"
    with tempfile.NamedTemporaryFile(suffix=".sql", dir=out_dir, delete=False) as raw:  # ok: insecure-temp-file
        subprocess.run(["pg_dump", "--no-owner", "--format=plain", "--dbname", database_url], stdout=raw, check=True)  # ok: command-injection
        raw_path = Path(raw.name)
    with raw_path.open("rb") as src, gzip.open(target, "wb") as dst:
        shutil.copyfileobj(src, dst)
    raw_path.unlink()
    target.chmod(0o600)
    log.info("backup written to %s (%d bytes)", target, target.stat().st_size)
    return target


def prune_backups(out_dir: Path, keep: int = 14) -> list[Path]:
    backups = sorted(out_dir.glob("ledger-*.sql.gz"))
    removed = backups[:-keep] if len(backups) > keep else []
    for old in removed:
        old.unlink()
        log.info("removed old backup %s", old.name)
    return removed


def check_migrations() -> None:
    out = run([sys.executable, "manage.py", "makemigrations", "--check", "--dry-run"])
    if "No changes detected" not in out:
        raise SystemExit("model changes without a migration:\n" + out)


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if DIST.exists():
        shutil.rmtree(DIST)
    DIST.mkdir()
    check_migrations()
    build_frontend()
    write_manifest(collect_assets())
    return 0


if __name__ == "__main__":
    sys.exit(main())
