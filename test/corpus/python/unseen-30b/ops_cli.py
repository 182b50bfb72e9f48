# corpus: path=tools/opsctl.py
"""opsctl: the on-call engineer's tool for the reporting database and the batch hosts.

Everything here comes from the argv of someone already holding production credentials; the
options are trusted the way a psql prompt is. What the tool reads from the network is not."""
import json
import os
import sqlite3
import subprocess
from pathlib import Path

import click
import requests

REPORT_DB = os.environ.get("REPORT_DB", "/var/lib/reports/reports.db")
STATUS_API = "https://status.internal.example.com/api/v1"


@click.group()
def cli():
    """Operational commands."""


@cli.command()
@click.argument("table")
@click.option("--where", default="1=1", help="SQL condition, passed through as typed")
def count(table, where):
    """Count rows in TABLE, optionally filtered."""
    conn = sqlite3.connect(REPORT_DB)
    n = conn.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0]  # ok: sql-injection
    click.echo(f"{table}: {n}")


@cli.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
def show(path):
    """Print a report file."""
    with open(path) as fh:  # ok: path-traversal
        click.echo(fh.read())


@cli.command()
@click.argument("url")
def fetch(url):
    """GET an internal URL and pretty-print the JSON."""
    r = requests.get(url, timeout=10)  # ok: ssrf
    click.echo(json.dumps(r.json(), indent=2))


@cli.command()
@click.argument("host")
@click.argument("unit")
def restart(host, unit):
    """Restart UNIT on HOST."""
    subprocess.run(["ssh", host, "sudo", "systemctl", "restart", unit], check=True)  # ok: command-injection


@cli.command()
def drain_unhealthy():
    """Drain every host the status API reports as unhealthy."""
    hosts = requests.get(f"{STATUS_API}/hosts?state=unhealthy", timeout=10).json()
    for h in hosts:
        subprocess.run(["ssh", h["name"], "sudo", "/usr/local/bin/drain"], check=True)
        click.echo(f"drained {h['name']}")


@cli.command()
@click.argument("out", type=click.Path(dir_okay=False, writable=True))
def dump(out):
    """Dump every report definition as JSON."""
    conn = sqlite3.connect(REPORT_DB)
    rows = conn.execute("SELECT name, query FROM report_definitions").fetchall()
    Path(out).write_text(json.dumps(dict(rows), indent=2))  # ok: path-traversal


if __name__ == "__main__":
    cli()
