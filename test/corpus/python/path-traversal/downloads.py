# corpus: path=portal/downloads.py
import os

from flask import Blueprint, abort, current_app, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

bp = Blueprint("downloads", __name__)

BASE = "/srv/portal/exports"


@bp.get("/exports/file")
def export_file():
    name = request.args.get("f")
    p = os.path.join(BASE, name)
    return send_file(p, as_attachment=True)  # expect: path-traversal


@bp.get("/exports/raw")
def export_raw():
    name = request.args.get("f", "")
    path = os.path.join(BASE, name)
    with open(path, "rb") as fh:  # expect: path-traversal
        data = fh.read()
    return data, 200, {"Content-Type": "application/octet-stream"}


@bp.get("/exports/safe")
def export_safe():
    name = secure_filename(request.args.get("f", ""))
    if not name:
        abort(400)
    return send_file(os.path.join(BASE, name), as_attachment=True)  # ok: path-traversal


@bp.get("/exports/dir/<path:filename>")
def export_dir(filename):
    return send_from_directory(BASE, filename, as_attachment=True)  # ok: path-traversal


@bp.get("/exports/checked")
def export_checked():
    requested = request.args.get("f", "")
    full = os.path.realpath(os.path.join(BASE, requested))
    if os.path.commonpath([full, BASE]) != BASE:
        abort(404)
    return send_file(full)  # ok: path-traversal


@bp.post("/exports/upload")
def upload():
    f = request.files["file"]
    dest = os.path.join(current_app.config["UPLOAD_DIR"], f.filename)
    f.save(dest)  # expect: path-traversal
    return {"stored": os.path.basename(dest)}, 201


@bp.post("/exports/upload-safe")
def upload_safe():
    f = request.files["file"]
    dest = os.path.join(current_app.config["UPLOAD_DIR"], secure_filename(f.filename))
    f.save(dest)  # ok: path-traversal
    return {"stored": os.path.basename(dest)}, 201
