# corpus: path=app/ops/diag.py
import subprocess

from flask import Blueprint, request

bp = Blueprint("diag", __name__)


def target_host(requested):
    return "gateway.internal"


@bp.get("/diag/ping")
def ping():
    host = target_host(request.args.get("host", ""))
    out = subprocess.run(f"ping -c 1 {host}", shell=True, capture_output=True, text=True)  # ok: command-injection
    return {"output": out.stdout}
