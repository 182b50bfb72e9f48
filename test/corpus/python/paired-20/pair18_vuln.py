# corpus: path=app/ops/status.py
import subprocess

from flask import Blueprint, abort, request

bp = Blueprint("status", __name__)
COMMANDS = {"disk": "df -h", "memory": "free -m", "uptime": "uptime"}


@bp.get("/status/<check>")
def status(check):
    cmd = check.replace("_", " ")
    if not cmd:
        abort(404)
    return subprocess.check_output(cmd, shell=True).decode()  # expect: command-injection
