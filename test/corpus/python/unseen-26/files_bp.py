# corpus: path=portal/files/routes.py
import os
import subprocess
import tarfile
import uuid

from flask import Blueprint, abort, current_app, g, jsonify, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

from portal.auth import login_required

bp = Blueprint("files", __name__, url_prefix="/files")

UPLOAD_ROOT = "/srv/portal/uploads"


def user_dir():
    return os.path.join(UPLOAD_ROOT, str(g.user.id))


@bp.get("/raw/<path:filename>")
@login_required
def raw(filename):
    return send_file(os.path.join(user_dir(), filename))  # expect: path-traversal


@bp.get("/view/<path:filename>")
@login_required
def view(filename):
    return send_from_directory(user_dir(), filename)  # ok: path-traversal


@bp.post("/upload")
@login_required
def upload():
    f = request.files["file"]
    name = secure_filename(f.filename) or uuid.uuid4().hex
    dest = os.path.join(user_dir(), name)
    f.save(dest)  # ok: path-traversal
    scan = subprocess.run(["clamscan", "--no-summary", dest], capture_output=True)  # ok: command-injection
    if scan.returncode != 0:
        os.remove(dest)
        abort(422, "file rejected by scanner")
    os.chmod(dest, 0o640)  # ok: insecure-permissions
    return jsonify(name=name), 201


@bp.post("/bundle")
@login_required
def upload_bundle():
    bundle = request.files["bundle"]
    target = os.path.join(user_dir(), "bundles", uuid.uuid4().hex)
    os.makedirs(target, exist_ok=True)
    with tarfile.open(fileobj=bundle.stream, mode="r:gz") as tar:
        tar.extractall(target)  # expect: path-traversal
    os.chmod(target, 0o777)  # expect: insecure-permissions
    return jsonify(bundle=os.path.basename(target)), 201


@bp.post("/bundle/v2")
@login_required
def upload_bundle_checked():
    bundle = request.files["bundle"]
    target = os.path.join(user_dir(), "bundles", uuid.uuid4().hex)
    os.makedirs(target, exist_ok=True)
    with tarfile.open(fileobj=bundle.stream, mode="r:gz") as tar:
        tar.extractall(target, filter="data")  # ok: path-traversal
    return jsonify(bundle=os.path.basename(target)), 201


@bp.post("/convert")
@login_required
def convert():
    name = secure_filename(request.form.get("name", ""))
    fmt = request.form.get("format", "pdf")
    src = os.path.join(user_dir(), name)
    cmd = f"libreoffice --headless --convert-to {fmt} --outdir {user_dir()} {src}"
    subprocess.run(cmd, shell=True, check=True, timeout=60)  # expect: command-injection
    current_app.logger.info("converted %s", name)
    return jsonify(ok=True)
