# corpus: path=scripts/release.py
import hashlib
import json
import os
import subprocess
from pathlib import Path

import boto3
import typer
from botocore.config import Config

app = typer.Typer(help="Build and publish release bundles")

BUCKET = os.environ.get("RELEASE_BUCKET", "acme-releases")
s3 = boto3.client("s3", config=Config(signature_version="s3v4"))
DIST = Path("dist")

AWS_ACCESS_KEY_ID = "AKIAZ3MHX7Q4RPL2WJ6N"  # expect: hardcoded-secret
AWS_SECRET_ACCESS_KEY = "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"  # expect: hardcoded-secret


def _etag_matches(path: Path, etag: str) -> bool:
    return hashlib.md5(path.read_bytes()).hexdigest() == etag.strip('"')  # ok: weak-hash


@app.command()
def build(version: str, sign: bool = True):
    subprocess.run(["python", "-m", "build", "--outdir", str(DIST)], check=True)
    for artifact in DIST.glob(f"*{version}*"):
        if sign:
            subprocess.run(["gpg", "--detach-sign", "--armor", str(artifact)], check=True)
        typer.echo(f"built {artifact.name}")


@app.command()
def publish(version: str, channel: str = "stable"):
    for artifact in DIST.glob(f"*{version}*"):
        key = f"{channel}/{version}/{artifact.name}"
        head = None
        try:
            head = s3.head_object(Bucket=BUCKET, Key=key)
        except s3.exceptions.ClientError:
            pass
        if head and _etag_matches(artifact, head["ETag"]):
            typer.echo(f"skip {key}: unchanged")
            continue
        s3.upload_file(str(artifact), BUCKET, key)
        typer.echo(f"uploaded s3://{BUCKET}/{key}")


@app.command()
def fetch(manifest_key: str, dest: Path = Path("downloads")):
    body = s3.get_object(Bucket=BUCKET, Key=manifest_key)["Body"].read()
    manifest = json.loads(body)
    dest.mkdir(parents=True, exist_ok=True)
    for entry in manifest["files"]:
        target = dest / Path(entry["name"]).name
        s3.download_file(BUCKET, entry["key"], str(target))  # ok: path-traversal
        typer.echo(f"fetched {target}")


@app.command()
def share(key: str, hours: int = 24):
    url = s3.generate_presigned_url(
        "get_object", Params={"Bucket": BUCKET, "Key": key}, ExpiresIn=min(hours, 168) * 3600
    )
    typer.echo(url)


@app.command()
def notes(version: str, previous: str = typer.Option(..., help="previous tag")):
    out = subprocess.run(
        ["git", "log", "--pretty=format:- %s", f"{previous}..v{version}"],
        capture_output=True,
        text=True,
        check=True,
    )
    Path(DIST, f"NOTES-{version}.md").write_text(out.stdout)


if __name__ == "__main__":
    app()
