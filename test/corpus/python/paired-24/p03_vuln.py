# corpus: path=app/files/views.py
import os

from flask import Blueprint, request, send_file

bp = Blueprint("files", __name__)
UPLOAD_DIR = "/srv/uploads"


@bp.get("/download")
def download():
    name = request.args["name"]
    return send_file(os.path.join(UPLOAD_DIR, name))  # expect: path-traversal
