# corpus: path=app/net/probe.py
import subprocess
import shlex

from flask import Blueprint, request

bp = Blueprint("probe", __name__)


@bp.post("/probe")
def probe():
    host = request.form["host"]
    quoted = shlex.quote(host)
    command = "nslookup " + host
    out = subprocess.check_output(command, shell=True, timeout=10)  # expect: command-injection
    return {"out": out.decode(), "checked": quoted}
