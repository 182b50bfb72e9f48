# corpus: path=scripts/deploy_tasks.py
"""Release helper run by the CI runner on the build host."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

RELEASES = Path("/opt/shop/releases")
SHARED = Path("/opt/shop/shared")


def link_shared(release: Path) -> None:
    for name in ("media", "logs"):
        target = release / name
        if target.exists() or target.is_symlink():
            shutil.rmtree(target, ignore_errors=True)
        target.symlink_to(SHARED / name)


def fix_permissions(release: Path) -> None:
    for root, dirs, files in os.walk(release):
        for d in dirs:
            os.chmod(os.path.join(root, d), 0o755)  # ok: insecure-permissions
        for f in files:
            os.chmod(os.path.join(root, f), 0o644)  # ok: insecure-permissions
    os.chmod(SHARED / "logs", 0o777)  # expect: insecure-permissions


def write_env(release: Path, env: dict[str, str]) -> None:
    path = release / ".env"
    path.write_text("".join(f"{k}={v}\n" for k, v in env.items()))
    path.chmod(0o600)  # ok: insecure-permissions


def install_socket_dir() -> None:
    run_dir = Path("/run/shop")
    run_dir.mkdir(exist_ok=True)
    os.chmod(run_dir, 0o1777)  # expect: insecure-permissions


def main() -> int:
    release = RELEASES / sys.argv[1]
    link_shared(release)
    fix_permissions(release)
    old = os.umask(0)  # expect: insecure-permissions
    try:
        subprocess.run(["/opt/shop/bin/migrate"], check=True)
    finally:
        os.umask(old)
    os.umask(0o027)  # ok: insecure-permissions
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
