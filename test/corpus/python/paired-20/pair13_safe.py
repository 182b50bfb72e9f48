# corpus: path=app/ops/logs.py
import subprocess

from flask import Blueprint, request

bp = Blueprint("logs", __name__)


@bp.get("/logs/tail")
def tail():
    value = "nginx " + request.args.get("svc", "")
    unit = value.split(" ")[0]
    out = subprocess.check_output("journalctl -n 50 -u " + unit, shell=True)  # ok: command-injection
    return out.decode()
