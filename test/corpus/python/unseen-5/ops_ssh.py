# corpus: path=ops/remote.py
import shlex

import paramiko
from flask import Blueprint, jsonify, request

bp = Blueprint("remote", __name__)
SERVICES = {"api", "worker", "scheduler"}


def ssh_client() -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())  # expect: tls-verify-disabled
    client.connect("bastion.internal", username="deploy", password="D3ploy!Winter2024")  # expect: hardcoded-secret
    return client


@bp.post("/remote/logs")
def remote_logs():
    service = request.json["service"]
    client = ssh_client()
    _, stdout, _ = client.exec_command(f"journalctl -u {service} -n 200")  # expect: command-injection
    return jsonify(lines=stdout.read().decode().splitlines())


@bp.post("/remote/logs-safe")
def remote_logs_safe():
    service = request.json["service"]
    if service not in SERVICES:
        return jsonify(error="unknown service"), 400
    client = ssh_client()
    _, stdout, _ = client.exec_command(f"journalctl -u {service} -n 200")  # ok: command-injection
    return jsonify(lines=stdout.read().decode().splitlines())


@bp.post("/remote/grep")
def remote_grep():
    pattern = request.json["pattern"]
    client = ssh_client()
    _, stdout, _ = client.exec_command("grep -r " + shlex.quote(pattern) + " /var/log/app")  # ok: command-injection
    return jsonify(lines=stdout.read().decode().splitlines())
