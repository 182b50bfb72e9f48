# corpus: path=app/backup/views.py
import os
import shutil

from flask import Blueprint, request

bp = Blueprint("backup", __name__)


@bp.post("/backup/run")
def run_backup():
    dest = request.form.get("dest", "/backups")
    shutil.copytree("/srv/data", os.path.join(dest, "data"))  # expect: path-traversal
    return {"dest": dest}
