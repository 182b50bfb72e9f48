# corpus: path=deploy/fabfile.py
"""Fabric tasks the release engineer runs from a laptop: `fab -H web1,web2 deploy --version 2.4.1`.

The task arguments and host names are the engineer's own command line, so they are interpolated
into remote commands the way a shell script would. Release metadata fetched from the artifact
store is another matter and is quoted."""
import shlex

import requests
from fabric import Connection, task

ARTIFACTS = "https://artifacts.internal.example.com/releases"
APP_DIR = "/srv/app"


@task
def deploy(c, version, service="web"):
    c.run(f"mkdir -p {APP_DIR}/releases/{version}")  # ok: command-injection
    c.run(f"curl -fsSL {ARTIFACTS}/{service}-{version}.tar.gz | tar xz -C {APP_DIR}/releases/{version}")  # ok: command-injection
    c.sudo(f"ln -sfn {APP_DIR}/releases/{version} {APP_DIR}/current")  # ok: command-injection
    c.sudo(f"systemctl restart {service}")  # ok: command-injection


@task
def tail(c, unit="web", lines=200):
    c.run(f"journalctl -u {unit} -n {int(lines)} --no-pager")  # ok: command-injection


@task
def deploy_latest(c, service="web"):
    meta = requests.get(f"{ARTIFACTS}/{service}/latest.json", timeout=10).json()
    version = meta["version"]
    target = f"{APP_DIR}/releases/{version}"
    c.run(f"mkdir -p {shlex.quote(target)}")
    c.run(f"curl -fsSL {shlex.quote(meta['url'])} | tar xz -C {shlex.quote(target)}")
    c.sudo(f"ln -sfn {shlex.quote(target)} {APP_DIR}/current")


@task
def rotate_logs(c):
    for host in ("batch1", "batch2"):
        with Connection(host) as conn:
            conn.sudo("logrotate -f /etc/logrotate.d/app")
