# corpus: path=app/files/views.py
import os

from flask import Blueprint, request

bp = Blueprint("files", __name__)
BASE = "/srv/files"


@bp.get("/files/read")
def read_file():
    parts = ["readme.txt", request.args.get("name", "")]
    with open(os.path.join(BASE, parts[1])) as fh:  # expect: path-traversal
        return fh.read()
