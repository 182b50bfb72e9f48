# corpus: path=tools/release.py
#!/usr/bin/env python3
"""Tag a release: bump the version, update the changelog, commit and tag."""
import argparse
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERSION_FILE = ROOT / "src" / "acme" / "__init__.py"
CHANGELOG = ROOT / "CHANGELOG.md"
VERSION_RE = re.compile(r'^__version__ = "(\d+)\.(\d+)\.(\d+)"$', re.M)


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()


def bump(part: str) -> str:
    text = VERSION_FILE.read_text()
    match = VERSION_RE.search(text)
    if not match:
        sys.exit("no __version__ found")
    major, minor, patch = (int(g) for g in match.groups())
    if part == "major":
        major, minor, patch = major + 1, 0, 0
    elif part == "minor":
        minor, patch = minor + 1, 0
    else:
        patch += 1
    version = f"{major}.{minor}.{patch}"
    VERSION_FILE.write_text(VERSION_RE.sub(f'__version__ = "{version}"', text))
    return version


def update_changelog(version: str) -> None:
    text = CHANGELOG.read_text()
    heading = f"## {version} ({date.today().isoformat()})"
    CHANGELOG.write_text(text.replace("## Unreleased", f"## Unreleased\n\n{heading}", 1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("part", choices=["major", "minor", "patch"])
    parser.add_argument("--push", action="store_true")
    args = parser.parse_args()

    if git("status", "--porcelain"):
        sys.exit("working tree is not clean")
    version = bump(args.part)
    update_changelog(version)
    git("commit", "-am", f"Release {version}")
    git("tag", "-a", f"v{version}", "-m", f"Release {version}")
    if args.push:
        git("push", "--follow-tags")
    print(f"released {version}")


if __name__ == "__main__":
    main()
