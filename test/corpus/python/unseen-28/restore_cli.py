# corpus: path=ops/restore.py
import json
import os
import subprocess
import zipfile
from pathlib import Path

import boto3
import typer

app = typer.Typer(help="Restore tenant backups from S3.")
s3 = boto3.client("s3")

BUCKET = os.environ.get("BACKUP_BUCKET", "acme-tenant-backups")  # ok: hardcoded-secret
DB_HOST = os.environ.get("RESTORE_DB_HOST", "localhost")
DB_PASSWORD = os.environ.get("RESTORE_DB_PASSWORD", "R3store!2024")  # expect: hardcoded-secret
WORK_ROOT = Path(os.environ.get("RESTORE_WORKDIR", "/var/tmp/restore"))


def dsn(database: str) -> str:
    return f"postgresql://restore:{DB_PASSWORD}@{DB_HOST}:5432/{database}"


@app.command()
def fetch(tenant: str, backup_id: str):
    """Download a tenant's backup archive."""
    dest = WORK_ROOT / tenant
    dest.mkdir(parents=True, exist_ok=True)
    archive = dest / f"{backup_id}.zip"
    s3.download_file(BUCKET, f"{tenant}/{backup_id}.zip", str(archive))
    typer.echo(f"downloaded {archive}")


@app.command()
def unpack(archive: Path, dest: Path = typer.Option(WORK_ROOT / "unpacked")):
    """Unpack an archive written by the tenant export service."""
    with zipfile.ZipFile(archive) as zf:
        for member in zf.infolist():
            if member.is_dir():
                continue
            target = dest / member.filename
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as out:  # expect: path-traversal
                out.write(src.read())


@app.command()
def unpack_all(archive: Path, dest: Path = typer.Option(WORK_ROOT / "unpacked")):
    """Unpack with zipfile's own member name handling."""
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(dest)  # ok: path-traversal


@app.command()
def restore(unpacked: Path, database: str):
    """Load an unpacked backup into a database and vacuum the tables it lists."""
    manifest = json.loads((unpacked / "manifest.json").read_text())
    subprocess.run(  # ok: command-injection
        ["pg_restore", "--no-owner", "--dbname", dsn(database), str(unpacked / "dump.pgc")],
        check=True,
    )
    for table in manifest["tables"]:
        os.system(f"psql '{dsn(database)}' -c 'VACUUM ANALYZE {table}'")  # expect: command-injection
    typer.echo(f"restored {len(manifest['tables'])} tables into {database}")


@app.command()
def vacuum(database: str, tables: list[str]):
    for table in tables:
        subprocess.run(["psql", dsn(database), "-c", f'VACUUM ANALYZE "{table}"'], check=True)  # ok: command-injection


@app.command()
def share(tenant: str, backup_id: str, hours: int = 24):
    """Print a download link for a backup."""
    url = s3.generate_presigned_url(  # ok: ssrf
        "get_object",
        Params={"Bucket": BUCKET, "Key": f"{tenant}/{backup_id}.zip"},
        ExpiresIn=min(hours, 72) * 3600,
    )
    typer.echo(url)


if __name__ == "__main__":
    app()
