# corpus: path=ops/console.py
"""Small ops console: run whitelisted maintenance over SSH on fleet hosts."""
import logging
import shlex

import paramiko
from flask import Blueprint, abort, jsonify, request
from flask_login import login_required

from .auth import require_role
from .fleet import HOSTS, host_key_file

log = logging.getLogger(__name__)
bp = Blueprint("ops", __name__, url_prefix="/ops")
CONFIG_FILES = {"nginx": "/etc/nginx/nginx.conf", "web": "/etc/web/settings.toml"}
ACTIONS = {"restart-web": "sudo systemctl restart web", "disk": "df -h /", "uptime": "uptime"}


def _client(host: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(host_key_file())
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(HOSTS[host], username="ops", key_filename="/etc/ops/id_ed25519", timeout=10)
    return client


@bp.post("/run/<host>")
@login_required
@require_role("ops")
def run_action(host):
    if host not in HOSTS:
        abort(404)
    action = request.json.get("action")
    if action not in ACTIONS:
        abort(400)
    client = _client(host)
    try:
        _stdin, stdout, _stderr = client.exec_command(ACTIONS[action], timeout=30)  # ok: command-injection
        return jsonify({"output": stdout.read().decode()})
    finally:
        client.close()


@bp.post("/logs/<host>")
@login_required
@require_role("ops")
def tail_logs(host):
    if host not in HOSTS:
        abort(404)
    unit = request.json.get("unit", "web")
    client = _client(host)
    try:
        _stdin, stdout, _stderr = client.exec_command(f"journalctl -u {unit} -n 200 --no-pager")  # expect: command-injection
        return jsonify({"output": stdout.read().decode()})
    finally:
        client.close()


@bp.post("/logs/<host>/quoted")
@login_required
@require_role("ops")
def tail_logs_quoted(host):
    if host not in HOSTS:
        abort(404)
    unit = request.json.get("unit", "web")
    client = _client(host)
    try:
        _stdin, stdout, _stderr = client.exec_command("journalctl -u %s -n 200 --no-pager" % shlex.quote(unit))  # ok: command-injection
        return jsonify({"output": stdout.read().decode()})
    finally:
        client.close()


@bp.post("/fetch-config/<host>")
@login_required
@require_role("ops")
def fetch_config(host):
    if host not in HOSTS:
        abort(404)
    remote = CONFIG_FILES.get(request.json.get("name"))
    if remote is None:
        abort(400)
    client = _client(host)
    try:
        sftp = client.open_sftp()
        with sftp.open(remote) as fh:
            return jsonify({"content": fh.read().decode(errors="replace")})
    finally:
        client.close()
