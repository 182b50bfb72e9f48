# corpus: path=app/jobs/runner.py
import subprocess

from flask import Blueprint, request

bp = Blueprint("jobs", __name__)


@bp.post("/jobs/run")
def run_job():
    args = ["--dry-run"]
    for value in request.json.get("flags", []):
        args.append(value)
    line = " ".join(["/opt/jobs/bin/run"] + args)
    proc = subprocess.run(line, shell=True, capture_output=True, text=True)  # expect: command-injection
    return {"stdout": proc.stdout[-2000:]}
