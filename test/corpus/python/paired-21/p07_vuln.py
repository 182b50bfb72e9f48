# corpus: path=app/files/download.py
import os

from flask import Blueprint, request, send_file

bp = Blueprint("files", __name__)
EXPORTS = "/srv/exports"


def choose(first, second):
    return first


@bp.get("/exports/download")
def download():
    requested = request.args.get("file", "")
    name = choose(requested, "latest.csv")
    return send_file(os.path.join(EXPORTS, name), as_attachment=True)  # expect: path-traversal
