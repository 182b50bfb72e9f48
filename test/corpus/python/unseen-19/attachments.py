# corpus: path=app/attachments/routes.py
import os
import shutil
import zipfile
from pathlib import Path

from flask import Blueprint, abort, current_app, g, jsonify, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

from ..auth import login_required
from ..models import Attachment, db

bp = Blueprint("attachments", __name__, url_prefix="/attachments")

ALLOWED_EXTENSIONS = {".pdf", ".png", ".jpg", ".jpeg", ".txt", ".csv"}


def upload_root():
    return Path(current_app.config["UPLOAD_ROOT"])


def user_dir(user_id):
    path = upload_root() / str(user_id)
    path.mkdir(parents=True, exist_ok=True)
    return path


@bp.post("/")
@login_required
def upload():
    file = request.files.get("file")
    if file is None or not file.filename:
        abort(400, "no file")
    name = secure_filename(file.filename)
    if Path(name).suffix.lower() not in ALLOWED_EXTENSIONS:
        abort(400, "file type not allowed")
    dest = user_dir(g.user.id) / name
    file.save(dest)  # ok: path-traversal
    att = Attachment(owner_id=g.user.id, filename=name, size=dest.stat().st_size)
    db.session.add(att)
    db.session.commit()
    return jsonify({"id": att.id, "filename": name}), 201


@bp.post("/raw")
@login_required
def upload_raw():
    file = request.files["file"]
    dest = os.path.join(current_app.config["UPLOAD_ROOT"], str(g.user.id), file.filename)
    file.save(dest)  # expect: path-traversal
    return jsonify({"saved": os.path.basename(dest)}), 201


@bp.get("/<int:attachment_id>")
@login_required
def download(attachment_id):
    att = Attachment.query.filter_by(id=attachment_id, owner_id=g.user.id).first_or_404()
    return send_from_directory(user_dir(g.user.id), att.filename, as_attachment=True)  # ok: path-traversal


@bp.get("/by-name")
@login_required
def download_by_name():
    name = request.args.get("name", "")
    return send_from_directory(user_dir(g.user.id), name)  # ok: path-traversal


@bp.get("/preview")
@login_required
def preview():
    name = request.args.get("name", "")
    path = user_dir(g.user.id) / name
    return send_file(path, mimetype="text/plain")  # expect: path-traversal


@bp.get("/checked")
@login_required
def checked_preview():
    name = request.args.get("name", "")
    base = user_dir(g.user.id).resolve()
    path = (base / name).resolve()
    if not path.is_relative_to(base):
        abort(404)
    return send_file(path)  # ok: path-traversal


@bp.delete("/by-name")
@login_required
def delete_by_name():
    name = request.json["name"]
    target = os.path.join(user_dir(g.user.id), name)
    os.remove(target)  # expect: path-traversal
    return "", 204


@bp.delete("/folder")
@login_required
def delete_folder():
    folder = request.args.get("folder", "")
    shutil.rmtree(upload_root() / str(g.user.id) / folder, ignore_errors=True)  # expect: path-traversal
    return "", 204


@bp.post("/import")
@login_required
def import_archive():
    archive = request.files["archive"]
    dest = user_dir(g.user.id)
    with zipfile.ZipFile(archive.stream) as zf:
        for member in zf.namelist():
            out = dest / member
            out.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, open(out, "wb") as fh:  # expect: path-traversal
                shutil.copyfileobj(src, fh)
    return jsonify({"imported": len(zf.namelist())})


@bp.get("/stats")
@login_required
def stats():
    root = user_dir(g.user.id)
    files = [p for p in root.iterdir() if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    return jsonify({"count": len(files), "bytes": total})


@bp.get("/log")
@login_required
def read_log():
    day = request.args.get("day", "")
    if not day.isdigit() or len(day) != 8:
        abort(400)
    log_path = os.path.join(current_app.config["AUDIT_LOG_DIR"], f"audit-{day}.log")
    with open(log_path) as fh:  # ok: path-traversal
        return current_app.response_class(fh.read(), mimetype="text/plain")
