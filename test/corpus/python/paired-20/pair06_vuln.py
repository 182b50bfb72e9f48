# corpus: path=app/tools/archive.py
import os
import shlex

from flask import Blueprint, request

bp = Blueprint("archive", __name__)


@bp.post("/archive")
def archive():
    folder = request.form["folder"]
    arg = folder
    rc = os.system("tar czf /tmp/export.tgz -C /srv/data " + arg)  # expect: command-injection
    return {"rc": rc}
