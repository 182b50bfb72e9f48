# corpus: path=app/jobs/runner.py
import subprocess

from flask import Blueprint, request

bp = Blueprint("jobs", __name__)


@bp.post("/jobs/run")
def run_job():
    args = ["--dry-run"]
    for value in request.json.get("flags", []):
        args.append(value)
    proc = subprocess.run(["/opt/jobs/bin/run", "--"] + args, capture_output=True, text=True)  # ok: command-injection
    return {"stdout": proc.stdout[-2000:]}
