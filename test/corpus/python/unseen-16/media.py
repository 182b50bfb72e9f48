# corpus: path=app/media/service.py
import hashlib
import mimetypes
import os
import uuid
from pathlib import Path

import httpx
from flask import Blueprint, abort, current_app, request, send_from_directory
from werkzeug.utils import secure_filename

bp = Blueprint("media", __name__)
UPLOAD_ROOT = Path(os.environ.get("UPLOAD_ROOT", "/srv/uploads"))
ALLOWED = {".png", ".jpg", ".jpeg", ".gif", ".webp"}


def checksum(data: bytes) -> str:
    return hashlib.md5(data).hexdigest()  # ok: weak-hash


@bp.post("/upload")
def upload():
    f = request.files.get("file")
    if f is None:
        abort(400)
    name = secure_filename(f.filename or "")
    ext = Path(name).suffix.lower()
    if ext not in ALLOWED:
        abort(415)
    stored = f"{uuid.uuid4().hex}{ext}"
    data = f.read()
    (UPLOAD_ROOT / stored).write_bytes(data)
    return {"id": stored, "etag": checksum(data)}


@bp.get("/files/<path:name>")
def download(name: str):
    return send_from_directory(UPLOAD_ROOT, name)  # ok: path-traversal


@bp.get("/legacy")
def legacy_download():
    name = request.args.get("name", "")
    with open(os.path.join(str(UPLOAD_ROOT), name), "rb") as fh:  # expect: path-traversal
        body = fh.read()
    mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return body, 200, {"Content-Type": mime}


@bp.post("/import")
def import_remote():
    url = request.json.get("url")
    resp = httpx.get(url, timeout=10, follow_redirects=True)  # expect: ssrf
    if resp.status_code != 200:
        abort(502)
    stored = f"{uuid.uuid4().hex}.bin"
    (UPLOAD_ROOT / stored).write_bytes(resp.content)
    current_app.logger.info("imported %s bytes", len(resp.content))
    return {"id": stored}
