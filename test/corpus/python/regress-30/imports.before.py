import csv
import io
import os
import uuid

from flask import Blueprint, current_app, jsonify, request
from werkzeug.utils import secure_filename

from ..jobs import enqueue_import

bp = Blueprint("imports", __name__, url_prefix="/imports")
ALLOWED = {".csv", ".tsv"}


def staging_dir() -> str:
    return os.path.join(current_app.instance_path, "staging")


def stage_upload(upload) -> str:
    name = secure_filename(upload.filename or "")
    ext = os.path.splitext(name)[1].lower()
    if ext not in ALLOWED:
        raise ValueError(f"unsupported file type {ext!r}")
    target = os.path.join(staging_dir(), f"{uuid.uuid4().hex}{ext}")
    upload.save(target)
    return target


def preview_rows(path: str, limit: int = 20) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        return [row for _, row in zip(range(limit), reader)]


@bp.post("/")
def create_import():
    upload = request.files.get("file")
    if upload is None:
        return jsonify(error="missing file"), 400
    try:
        path = stage_upload(upload)
    except ValueError as exc:
        return jsonify(error=str(exc)), 400
    job_id = enqueue_import(path)
    return jsonify(job=job_id, preview=preview_rows(path)), 202
