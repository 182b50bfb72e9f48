# corpus: path=portal/downloads.py
import os
from pathlib import Path

from flask import Blueprint, abort, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

from portal.auth import current_user

bp = Blueprint("downloads", __name__)
EXPORT_DIR = Path("/srv/portal/exports")
AVATAR_DIR = "/srv/portal/avatars"


@bp.get("/exports/<path:name>")
def export_file(name):
    return send_from_directory(EXPORT_DIR, name)  # ok: path-traversal


@bp.get("/exports/raw")
def export_raw():
    name = request.args.get("name", "")
    target = EXPORT_DIR / name
    return send_file(target)  # expect: path-traversal


@bp.get("/avatars")
def avatar():
    user = current_user()
    filename = request.args.get("f") or f"{user.id}.png"
    path = os.path.join(AVATAR_DIR, filename)  # expect: path-traversal
    return send_file(path, mimetype="image/png")  # also: path-traversal


@bp.post("/avatars")
def upload_avatar():
    upload = request.files["avatar"]
    name = secure_filename(upload.filename)
    upload.save(os.path.join(AVATAR_DIR, name))  # ok: path-traversal
    return {"saved": name}, 201


@bp.get("/reports/<report_id>")
def report(report_id):
    base = EXPORT_DIR.resolve()
    candidate = (base / report_id).resolve()
    if not candidate.is_relative_to(base):
        abort(404)
    return send_file(candidate)  # ok: path-traversal


@bp.delete("/exports")
def delete_export():
    name = request.json["name"]
    os.remove(os.path.join(EXPORT_DIR, name))  # expect: path-traversal
    return "", 204
