# corpus: path=app/net/probe.py
import subprocess
import shlex

from flask import Blueprint, request

bp = Blueprint("probe", __name__)


@bp.post("/probe")
def probe():
    host = request.form["host"]
    quoted = shlex.quote(host)
    command = "nslookup " + quoted
    out = subprocess.check_output(command, shell=True, timeout=10)  # ok: command-injection
    return {"out": out.decode(), "checked": host}
