# corpus: path=app/files/views.py
import os

from flask import Blueprint, abort, request, send_file
from werkzeug.security import safe_join

bp = Blueprint("files", __name__)
UPLOAD_DIR = "/srv/uploads"


@bp.get("/download")
def download():
    name = request.args["name"]
    path = safe_join(UPLOAD_DIR, name)
    if path is None or not os.path.isfile(path):
        abort(404)
    return send_file(path)  # ok: path-traversal
