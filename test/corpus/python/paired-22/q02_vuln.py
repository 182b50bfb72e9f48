# corpus: path=app/tools/network.py
import subprocess

from flask import Blueprint, request

bp = Blueprint("network", __name__)
DEFAULT_HOST = "status.internal"


@bp.get("/tools/trace")
def trace():
    target = request.args.get("host") or DEFAULT_HOST
    count = 4 if request.args.get("quick") else 10
    cmd = "traceroute -q 1 -m %d %s" % (count, target)
    out = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=30)  # expect: command-injection
    return {"output": out.stdout}
