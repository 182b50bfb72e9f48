import os
import uuid

from flask import Blueprint, abort, current_app, jsonify, request
from werkzeug.utils import secure_filename

bp = Blueprint("uploads", __name__)
ALLOWED_EXT = {"png", "jpg", "pdf"}


@bp.post("/uploads")
def upload():
    f = request.files.get("file")
    if f is None:
        abort(400)
    folder = request.form.get("folder", "misc")
    name = secure_filename(f.filename)
    ext = name.rsplit(".", 1)[-1].lower()
    if ext not in ALLOWED_EXT:
        abort(415)
    stored = f"{uuid.uuid4().hex}.{ext}"
    root = current_app.config["UPLOAD_ROOT"]
    return jsonify(stored=stored)


@bp.post("/uploads/raw")
def upload_raw():
    f = request.files.get("file")
    if f is None:
        abort(400)
    root = current_app.config["UPLOAD_ROOT"]
    return jsonify(ok=False)
