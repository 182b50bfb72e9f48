# corpus: path=scripts/deploy.py
import json
import logging
import os
import shlex
import subprocess
import sys
import time
from pathlib import Path
from typing import Optional

import typer

app = typer.Typer(help="Build and deploy the shop")
log = logging.getLogger("deploy")

ROOT = Path(__file__).resolve().parent.parent
REGISTRY = os.environ.get("REGISTRY", "registry.example.com/shop")
ENVIRONMENTS = {"staging": "shop-staging", "production": "shop-prod"}


def run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    log.info("$ %s", shlex.join(cmd))
    return subprocess.run(cmd, check=True, cwd=ROOT, text=True, **kwargs)


def git_sha() -> str:
    return run(["git", "rev-parse", "--short", "HEAD"], capture_output=True).stdout.strip()


@app.command()
def build(tag: Optional[str] = None, push: bool = True):
    tag = tag or git_sha()
    image = f"{REGISTRY}:{tag}"
    run(["docker", "build", "-t", image, "--build-arg", f"GIT_SHA={tag}", "."])
    if push:
        run(["docker", "push", image])
    typer.echo(image)


@app.command()
def deploy(env: str = typer.Argument(..., help="staging or production"), tag: Optional[str] = None, wait: int = 300):
    if env not in ENVIRONMENTS:
        typer.echo(f"unknown environment {env}", err=True)
        raise typer.Exit(2)
    namespace = ENVIRONMENTS[env]
    tag = tag or git_sha()
    run(["kubectl", "-n", namespace, "set", "image", "deployment/web", f"web={REGISTRY}:{tag}"])
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        out = run(["kubectl", "-n", namespace, "get", "deployment/web", "-o", "json"], capture_output=True).stdout
        status = json.loads(out)["status"]
        if status.get("updatedReplicas") == status.get("replicas") == status.get("availableReplicas"):
            typer.echo(f"{env} is on {tag}")
            return
        time.sleep(5)
    typer.echo("rollout did not finish in time", err=True)
    raise typer.Exit(1)


@app.command()
def migrate(env: str):
    namespace = ENVIRONMENTS[env]
    run(["kubectl", "-n", namespace, "exec", "deploy/web", "--", "python", "manage.py", "migrate", "--noinput"])


@app.command()
def logs(env: str, since: str = "10m", grep: Optional[str] = None):
    namespace = ENVIRONMENTS.get(env, env)
    cmd = f"kubectl -n {namespace} logs deploy/web --since={since}"
    if grep:
        cmd += f" | grep {shlex.quote(grep)}"
    subprocess.run(cmd, shell=True, check=False)


@app.command()
def shell(env: str):
    namespace = ENVIRONMENTS[env]
    os.execvp("kubectl", ["kubectl", "-n", namespace, "exec", "-it", "deploy/web", "--", "python", "manage.py", "shell"])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, stream=sys.stderr)
    app()
