# corpus: path=portal/media/views.py
import os
import shlex
import subprocess
import tempfile

from flask import Blueprint, abort, current_app, jsonify, request, send_file, send_from_directory
from flask_login import current_user, login_required
from PIL import Image
from werkzeug.utils import secure_filename

from .models import Asset, db

media = Blueprint("media", __name__, url_prefix="/media")
THUMB_SIZES = {"s": (64, 64), "m": (256, 256), "l": (1024, 1024)}


def _asset_root():
    return os.path.join(current_app.instance_path, "assets")


def _requested_name():
    return request.args.get("name", "")


@media.get("/assets")
@login_required
def list_assets():
    rows = Asset.query.filter_by(owner_id=current_user.id).order_by(Asset.created.desc()).all()
    return jsonify([a.to_dict() for a in rows])


@media.get("/assets/<int:asset_id>")
@login_required
def get_asset(asset_id):
    asset = Asset.query.filter_by(id=asset_id, owner_id=current_user.id).first_or_404()
    return send_from_directory(_asset_root(), asset.stored_name)


@media.get("/raw")
@login_required
def raw_asset():
    name = _requested_name()
    return send_file(os.path.join(_asset_root(), name))  # expect: path-traversal


@media.get("/raw/safe")
@login_required
def raw_asset_safe():
    return send_from_directory(_asset_root(), _requested_name())  # ok: path-traversal


@media.post("/assets")
@login_required
def upload_asset():
    upload = request.files["file"]
    stored = secure_filename(upload.filename)
    if not stored:
        abort(400)
    upload.save(os.path.join(_asset_root(), stored))  # ok: path-traversal
    asset = Asset(owner_id=current_user.id, stored_name=stored, size=upload.content_length or 0)
    db.session.add(asset)
    db.session.commit()
    return jsonify(asset.to_dict()), 201


@media.post("/assets/<int:asset_id>/thumbnail")
@login_required
def thumbnail(asset_id):
    asset = Asset.query.filter_by(id=asset_id, owner_id=current_user.id).first_or_404()
    size = THUMB_SIZES.get(request.form.get("size", "m"), THUMB_SIZES["m"])
    with Image.open(os.path.join(_asset_root(), asset.stored_name)) as img:
        img.thumbnail(size)
        img.save(os.path.join(_asset_root(), f"thumb-{asset.id}.png"))
    return jsonify({"ok": True})


@media.post("/assets/<int:asset_id>/convert")
@login_required
def convert(asset_id):
    asset = Asset.query.filter_by(id=asset_id, owner_id=current_user.id).first_or_404()
    fmt = request.form.get("format", "webp")
    src = os.path.join(_asset_root(), asset.stored_name)
    os.system(f"convert {src} {src}.{fmt}")  # expect: command-injection
    return jsonify({"ok": True})


@media.post("/assets/<int:asset_id>/convert/quoted")
@login_required
def convert_quoted(asset_id):
    asset = Asset.query.filter_by(id=asset_id, owner_id=current_user.id).first_or_404()
    fmt = request.form.get("format", "webp")
    src = os.path.join(_asset_root(), asset.stored_name)
    subprocess.run(f"convert {shlex.quote(src)} {shlex.quote(src + '.' + fmt)}", shell=True, check=True)  # ok: command-injection
    return jsonify({"ok": True})


@media.get("/export")
@login_required
def export_all():
    scratch = tempfile.mktemp(suffix=".zip")  # expect: insecure-temp-file
    subprocess.run(["zip", "-r", scratch, _asset_root()], check=True)
    return send_file(scratch, as_attachment=True, download_name="assets.zip")
