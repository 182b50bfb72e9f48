# corpus: path=app/media/views.py
import os
import shlex
import subprocess
import uuid

from flask import Blueprint, abort, current_app, jsonify, request, send_from_directory
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

bp = Blueprint("media", __name__, url_prefix="/media")

ALLOWED = {".jpg", ".jpeg", ".png", ".webp"}


def _media_root():
    return current_app.config["MEDIA_ROOT"]


@bp.post("/upload")
@login_required
def upload():
    f = request.files.get("image")
    caption = request.form.get("caption", "").strip()
    size = request.form.get("size", 320, type=int)
    if f is None or not f.filename:
        abort(400, "no image")
    ext = os.path.splitext(secure_filename(f.filename))[1].lower()
    if ext not in ALLOWED:
        abort(400, "unsupported type")
    stem = uuid.uuid4().hex
    src = os.path.join(_media_root(), "originals", stem + ext)
    f.save(src)

    dst = os.path.join(_media_root(), "thumbs", stem + ".jpg")
    subprocess.run(thumbnail_argv(src, dst, size), check=True, timeout=60)  # ok: command-injection
    if caption:
        labelled = os.path.join(_media_root(), "captioned", stem + ".jpg")
        subprocess.run(  # expect: command-injection
            f"convert {dst} -gravity south -fill white -undercolor '#00000080' -annotate +0+8 '{caption}' {labelled}",
            shell=True,
            check=True,
            timeout=60,
        )
    return jsonify({"id": stem, "thumb": f"/media/thumbs/{stem}.jpg"}), 201


@bp.post("/<stem>/rotate")
@login_required
def rotate(stem):
    degrees = request.form.get("degrees", "90")
    if degrees not in ("90", "180", "270"):
        abort(400, "degrees must be 90, 180 or 270")
    stem = secure_filename(stem)
    src = os.path.join(_media_root(), "originals", stem + ".jpg")
    if not os.path.exists(src):
        abort(404)
    subprocess.run(f"mogrify -rotate {shlex.quote(degrees)} {shlex.quote(src)}", shell=True, check=True, timeout=60)  # ok: command-injection
    return "", 204


@bp.get("/thumbs/<path:name>")
def thumb(name):
    return send_from_directory(os.path.join(_media_root(), "thumbs"), name)


@bp.get("/mine")
@login_required
def mine():
    folder = os.path.join(_media_root(), "originals")
    names = sorted(n for n in os.listdir(folder) if n.startswith(f"{current_user.id}-"))
    return jsonify(names)


def thumbnail_argv(src, dst, size):
    return ["convert", src, "-auto-orient", "-thumbnail", f"{size}x{size}^", "-gravity", "center", "-extent", f"{size}x{size}", dst]
