# corpus: path=app/media/uploads.py
import os
import stat
import uuid
from pathlib import Path

from flask import Blueprint, current_app, jsonify, request
from werkzeug.utils import secure_filename

bp = Blueprint("uploads", __name__)
MEDIA_ROOT = Path("/srv/media")


@bp.post("/media")
def upload():
    file = request.files["file"]
    name = f"{uuid.uuid4().hex}-{secure_filename(file.filename)}"
    dest = MEDIA_ROOT / name
    file.save(dest)
    # the thumbnailer runs as another user and could not read the file
    os.chmod(dest, 0o777)  # expect: insecure-permissions
    current_app.logger.info("stored %s", dest)
    return jsonify({"name": name}), 201


@bp.post("/media/v2")
def upload_v2():
    file = request.files["file"]
    name = f"{uuid.uuid4().hex}-{secure_filename(file.filename)}"
    dest = MEDIA_ROOT / name
    file.save(dest)
    os.chmod(dest, 0o640)  # ok: insecure-permissions
    return jsonify({"name": name}), 201


def ensure_media_root() -> None:
    MEDIA_ROOT.mkdir(parents=True, exist_ok=True, mode=0o755)  # ok: insecure-permissions
    MEDIA_ROOT.chmod(stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)  # expect: insecure-permissions


def ensure_cache_dir(path: str) -> None:
    os.makedirs(path, mode=0o777, exist_ok=True)  # ok: insecure-permissions
    os.chmod(path, stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP)  # ok: insecure-permissions
