# corpus: path=scripts/release.py
#!/usr/bin/env python3
"""Cut a release: tag, build the changelog, push."""
import argparse
import os
import subprocess
import sys


def run(*args: str) -> str:
    return subprocess.check_output(args, text=True).strip()  # ok: command-injection


def changelog(since: str) -> str:
    return run("git", "log", "--pretty=format:- %s (%h)", f"{since}..HEAD")


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("version")
    parser.add_argument("--since", default=None)
    parser.add_argument("--remote", default="origin")
    opts = parser.parse_args(argv)

    since = opts.since or run("git", "describe", "--tags", "--abbrev=0")
    notes = changelog(since)
    with open("CHANGELOG.md", "a", encoding="utf-8") as fh:
        fh.write(f"\n## {opts.version}\n\n{notes}\n")
    subprocess.run(["git", "tag", "-a", opts.version, "-m", notes], check=True)  # ok: command-injection
    subprocess.run(["git", "push", opts.remote, opts.version], check=True)
    os.system("git push " + opts.remote + " --tags")  # expect: command-injection
    return 0


if __name__ == "__main__":
    sys.exit(main())
