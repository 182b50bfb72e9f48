# corpus: path=scripts/backup_db.py
"""Nightly database backup to object storage."""
import datetime as dt
import os
import subprocess
import sys

import click

BUCKET = os.environ.get("BACKUP_BUCKET", "s3://acme-backups")


@click.command()
@click.option("--database", required=True)
@click.option("--label", default="nightly")
def main(database: str, label: str) -> None:
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S")
    dump = f"/var/backups/{database}-{label}-{stamp}.sql.gz"
    with open(dump, "wb") as out:
        pg = subprocess.Popen(["pg_dump", "--no-owner", database], stdout=subprocess.PIPE)  # ok: command-injection
        subprocess.run(["gzip", "-c"], stdin=pg.stdout, stdout=out, check=True)
        pg.wait()
    subprocess.call("aws s3 cp %s %s/%s/" % (dump, BUCKET, label), shell=True)  # expect: command-injection
    click.echo(f"uploaded {dump}")


if __name__ == "__main__":
    sys.exit(main())
