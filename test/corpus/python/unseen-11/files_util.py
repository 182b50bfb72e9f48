# corpus: path=common/files.py
import hashlib
import logging
import mimetypes
import os
import shutil
import tempfile
import zipfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from flask import Blueprint, abort, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

log = logging.getLogger(__name__)

UPLOAD_ROOT = Path(os.environ.get("UPLOAD_ROOT", "/srv/uploads")).resolve()
ALLOWED_EXT = {".png", ".jpg", ".jpeg", ".pdf", ".csv"}
CHUNK = 1 << 16

bp = Blueprint("files", __name__)


def sha1_of(path: Path) -> str:
    digest = hashlib.sha1()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


@contextmanager
def atomic_write(target: Path, mode: str = "wb") -> Iterator:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(fd, mode) as fh:
            yield fh
        os.replace(tmp, target)
    except BaseException:
        os.unlink(tmp)
        raise


def user_dir(user_id: int) -> Path:
    path = UPLOAD_ROOT / str(int(user_id))
    path.mkdir(parents=True, exist_ok=True)
    return path


@bp.post("/upload")
def upload():
    file = request.files.get("file")
    if file is None or not file.filename:
        abort(400)
    name = secure_filename(file.filename)
    if Path(name).suffix.lower() not in ALLOWED_EXT:
        abort(415)
    target = user_dir(request.user_id) / name
    with atomic_write(target) as fh:
        shutil.copyfileobj(file.stream, fh, CHUNK)
    return {"name": name, "sha1": sha1_of(target), "size": target.stat().st_size}, 201


@bp.get("/files/<name>")
def download(name):
    return send_from_directory(user_dir(request.user_id), name, as_attachment=True)  # ok: path-traversal


@bp.get("/preview")
def preview():
    name = request.args.get("name", "")
    path = user_dir(request.user_id) / name
    return send_file(path, mimetype=mimetypes.guess_type(str(path))[0])  # expect: path-traversal


@bp.get("/thumb/<name>")
def thumb(name):
    base = user_dir(request.user_id)
    path = (base / "thumbs" / name).resolve()
    if not path.is_relative_to(base):
        abort(404)
    return send_file(path)  # ok: path-traversal


def bundle(paths: list[Path], out: Path) -> Path:
    with atomic_write(out) as fh, zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
        for p in paths:
            zf.write(p, arcname=p.name)
    return out


def extract_archive(archive: Path, dest: Path) -> list[Path]:
    dest = dest.resolve()
    extracted = []
    with zipfile.ZipFile(archive) as zf:
        for member in zf.infolist():
            target = (dest / member.filename).resolve()
            if not target.is_relative_to(dest):
                log.warning("skipping %s: outside %s", member.filename, dest)
                continue
            if member.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, target.open("wb") as dst:
                shutil.copyfileobj(src, dst)
            extracted.append(target)
    return extracted


def cleanup_older_than(root: Path, days: int) -> int:
    import time

    cutoff = time.time() - days * 86400
    removed = 0
    for path in root.rglob("*"):
        if path.is_file() and path.stat().st_mtime < cutoff:
            path.unlink()
            removed += 1
    return removed
