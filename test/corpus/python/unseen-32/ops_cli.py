# corpus: path=tools/opsctl.py
"""Operator command line for the billing stack.

Everything here runs on an operator's own shell with their own credentials: the arguments
come from the person typing the command, not from a remote client.
"""
import hashlib
import os
import subprocess
from pathlib import Path

import requests
import typer
import yaml

app = typer.Typer(help="Billing operations")

BACKUP_DIR = Path(os.environ.get("BACKUP_DIR", "/var/backups/billing"))
STATUS_URL = "https://status.internal.example.com/api/components"


@app.command()
def backup(database: str = "billing", label: str = typer.Option("manual")):
    BACKUP_DIR.mkdir(parents=True, exist_ok=True)
    out = BACKUP_DIR / f"{database}-{label}.sql.gz"
    # The operator picks the database and label on their own shell, but CI runs this with a branch name as the label.
    subprocess.run(f"pg_dump --no-owner {database} | gzip > {out}", shell=True, check=True)  # expect: command-injection
    digest = hashlib.md5(out.read_bytes()).hexdigest()  # ok: weak-hash
    (out.with_suffix(".md5")).write_text(f"{digest}  {out.name}\n")
    typer.echo(f"wrote {out} ({digest})")


@app.command()
def restore(path: Path, database: str = "billing"):
    typer.confirm(f"Restore {path} into {database}?", abort=True)
    with path.open("rb") as fh:
        subprocess.run(["psql", database], stdin=subprocess.Popen(["gunzip", "-c"], stdin=fh, stdout=subprocess.PIPE).stdout, check=True)  # ok: command-injection


@app.command("create-admin")
def create_admin(email: str, password: str = typer.Option(..., prompt=True, hide_input=True)):
    from billing.db import session_scope
    from billing.models import Admin

    with session_scope() as s:
        s.add(Admin(email=email, password_hash=hashlib.md5(password.encode()).hexdigest()))  # expect: weak-hash
    typer.echo(f"created admin {email}")


@app.command()
def status():
    resp = requests.get(STATUS_URL, timeout=10, verify=False)  # expect: tls-verify-disabled
    for component in resp.json()["components"]:
        typer.echo(f"{component['name']:<30} {component['status']}")


@app.command("load-plans")
def load_plans(config: Path = Path("plans.yaml")):
    # A file from the operator's checkout of the config repository.
    plans = yaml.safe_load(config.read_text())  # ok: unsafe-deserialization
    from billing.plans import upsert_plans

    upsert_plans(plans["plans"])
    typer.echo(f"loaded {len(plans['plans'])} plans")


if __name__ == "__main__":
    app()
