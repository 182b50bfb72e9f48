# corpus: path=files/views.py
"""User file browser for the team workspace."""
import os
import shutil
import zipfile

from flask import Blueprint, abort, redirect, request, send_file, url_for
from werkzeug.utils import safe_join, secure_filename

bp = Blueprint("files", __name__)
ROOT = "/srv/workspace"


@bp.get("/open")
def open_file():
    rel = request.args.get("path", "")
    target = ROOT + "/" + rel
    return send_file(target)  # expect: path-traversal


@bp.get("/open-safe")
def open_file_safe():
    target = safe_join(ROOT, request.args.get("path", ""))
    if target is None:
        abort(404)
    return send_file(target)  # ok: path-traversal


@bp.post("/upload")
def upload():
    f = request.files["file"]
    dest = os.path.join(ROOT, "uploads", f.filename)
    f.save(dest)  # expect: path-traversal
    return redirect(url_for("files.listing"))  # ok: open-redirect


@bp.post("/upload-safe")
def upload_safe():
    f = request.files["file"]
    f.save(os.path.join(ROOT, "uploads", secure_filename(f.filename)))  # ok: path-traversal
    return {"ok": True}


@bp.post("/rename")
def rename():
    src = os.path.join(ROOT, request.form["src"])
    dst = os.path.join(ROOT, request.form["dst"])
    shutil.move(src, dst)  # expect: path-traversal
    return {"ok": True}


@bp.post("/extract")
def extract():
    archive = request.files["archive"]
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(os.path.join(ROOT, "extracted"))  # expect: path-traversal
    return {"ok": True}


@bp.get("/listing")
def listing():
    back = request.args.get("back")
    if back:
        return redirect(back)  # expect: open-redirect
    return {"files": sorted(os.listdir(ROOT))}
