# corpus: path=tools/inventory_cli.py
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import click
import requests

DB_PATH = Path(os.environ.get("INVENTORY_DB", "inventory.sqlite3"))
API = "https://inventory.internal.example.com/api/v1"
TABLES = ("products", "locations", "movements")


def connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


@click.group()
@click.option("--verbose", "-v", is_flag=True)
@click.pass_context
def cli(ctx, verbose):
    ctx.obj = {"verbose": verbose}


@cli.command()
@click.argument("sku")
def show(sku):
    with connect() as conn:
        row = conn.execute("SELECT sku, name, quantity FROM products WHERE sku = ?", (sku,)).fetchone()
    if row is None:
        click.echo(f"no product {sku}", err=True)
        sys.exit(1)
    click.echo(json.dumps(dict(row), indent=2))


@cli.command()
def counts():
    with connect() as conn:
        for table in TABLES:
            (n,) = conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()
            click.echo(f"{table:12} {n:>8}")


@cli.command()
@click.argument("sku")
@click.argument("delta", type=int)
@click.option("--location", default="main")
def adjust(sku, delta, location):
    with connect() as conn:
        conn.execute("UPDATE products SET quantity = quantity + ? WHERE sku = ?", (delta, sku))
        conn.execute(
            "INSERT INTO movements (sku, delta, location) VALUES (?, ?, ?)",
            (sku, delta, location),
        )
    click.echo(f"{sku}: {delta:+d} at {location}")


@cli.command()
@click.option("--token", envvar="INVENTORY_TOKEN", required=True)
def sync(token):
    resp = requests.get(f"{API}/products", headers={"Authorization": f"Token {token}"}, timeout=30)
    resp.raise_for_status()
    rows = [(p["sku"], p["name"], p["quantity"]) for p in resp.json()["results"]]
    with connect() as conn:
        conn.executemany(
            "INSERT INTO products (sku, name, quantity) VALUES (?, ?, ?) "
            "ON CONFLICT(sku) DO UPDATE SET name = excluded.name, quantity = excluded.quantity",
            rows,
        )
    click.echo(f"synced {len(rows)} products")


@cli.command()
@click.argument("dest", type=click.Path(file_okay=False, path_type=Path))
def backup(dest):
    dest.mkdir(parents=True, exist_ok=True)
    target = dest / f"{DB_PATH.stem}.bak"
    shutil.copy2(DB_PATH, target)
    subprocess.run(["sqlite3", str(target), "PRAGMA integrity_check;"], check=True, capture_output=True)
    click.echo(f"backup written to {target}")


@cli.command()
@click.argument("pattern")
def grep_log(pattern):
    subprocess.run(f"grep -n {pattern} /var/log/inventory.log", shell=True)


if __name__ == "__main__":
    cli()
