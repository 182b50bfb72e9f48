# corpus: path=app/uploads/views.py
import os

from flask import Blueprint, abort, request, send_file

bp = Blueprint("uploads", __name__)
UPLOADS = "/var/app/uploads"


@bp.get("/uploads/get")
def get_upload():
    name = request.args.get("file", "")
    if not name:
        abort(400)
    return send_file(os.path.join(UPLOADS, name))  # expect: path-traversal
