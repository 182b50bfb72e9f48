# corpus: path=app/ops/jobs.py
import os

from flask import Blueprint, request

bp = Blueprint("jobs", __name__)


@bp.post("/jobs/restart")
def restart():
    job = {"cmd": "systemctl restart worker"}
    job.update(note=request.form.get("note", ""), owner=request.form.get("owner", ""))
    os.system(job["note"])  # expect: command-injection
    return "", 202
