# corpus: path=scripts/backup_db.py
#!/usr/bin/env python3
"""Nightly database backup, run from cron on the ops box."""
import argparse
import datetime as dt
import os
import subprocess
import sys

BACKUP_DIR = "/var/backups/postgres"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("database")
    parser.add_argument("--keep", type=int, default=14)
    args = parser.parse_args()

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = os.path.join(BACKUP_DIR, f"{args.database}-{stamp}.sql.gz")
    with open(target, "wb") as fh:
        dump = subprocess.Popen(["pg_dump", "--no-owner", args.database], stdout=subprocess.PIPE)  # ok: command-injection
        gzip = subprocess.Popen(["gzip", "-9"], stdin=dump.stdout, stdout=fh)  # ok: command-injection
        dump.stdout.close()
        gzip.communicate()
    if dump.wait() != 0:
        print(f"pg_dump failed for {args.database}", file=sys.stderr)
        return 1

    backups = sorted(f for f in os.listdir(BACKUP_DIR) if f.startswith(args.database + "-"))
    for old in backups[: -args.keep]:
        os.remove(os.path.join(BACKUP_DIR, old))
        print(f"removed {old}")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
