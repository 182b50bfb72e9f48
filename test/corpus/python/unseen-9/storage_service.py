# corpus: path=files/storage.py
import logging
import mimetypes
import os
import tempfile
import tarfile

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError
from flask import Blueprint, abort, jsonify, request, send_file
from flask_login import current_user, login_required

log = logging.getLogger(__name__)
bp = Blueprint("files", __name__, url_prefix="/files")
BUCKET = os.environ["UPLOAD_BUCKET"]
CACHE_DIR = "/var/cache/files"
s3 = boto3.client("s3", config=Config(retries={"max_attempts": 5, "mode": "standard"}))


def user_prefix() -> str:
    return f"users/{current_user.id}/"


@bp.get("/")
@login_required
def list_files():
    resp = s3.list_objects_v2(Bucket=BUCKET, Prefix=user_prefix(), MaxKeys=200)
    return jsonify([{"key": o["Key"], "size": o["Size"]} for o in resp.get("Contents", [])])


@bp.get("/link")
@login_required
def presigned_link():
    key = user_prefix() + request.args["name"]
    url = s3.generate_presigned_url("get_object", Params={"Bucket": BUCKET, "Key": key}, ExpiresIn=300)  # ok: path-traversal, ssrf
    return jsonify({"url": url})


@bp.get("/cached")
@login_required
def cached_download():
    name = request.args["name"]
    local = os.path.join(CACHE_DIR, name)
    if not os.path.exists(local):
        s3.download_file(BUCKET, user_prefix() + name, local)  # expect: path-traversal
    return send_file(local, mimetype=mimetypes.guess_type(name)[0])  # also: path-traversal


@bp.get("/cached/safe")
@login_required
def cached_download_safe():
    name = os.path.basename(request.args["name"])
    local = os.path.join(CACHE_DIR, str(current_user.id), name)
    if not os.path.exists(local):
        s3.download_file(BUCKET, user_prefix() + name, local)  # ok: path-traversal
    return send_file(local)  # ok: path-traversal


@bp.post("/bundle")
@login_required
def bundle():
    archive = request.files["archive"]
    workdir = tempfile.mkdtemp(prefix="bundle-")
    with tarfile.open(fileobj=archive.stream, mode="r:*") as tf:
        tf.extractall(workdir)  # expect: path-traversal
    for root, _dirs, files in os.walk(workdir):
        for fn in files:
            s3.upload_file(os.path.join(root, fn), BUCKET, user_prefix() + os.path.relpath(os.path.join(root, fn), workdir))
    return jsonify({"ok": True}), 201


@bp.post("/bundle/checked")
@login_required
def bundle_checked():
    workdir = tempfile.mkdtemp(prefix="bundle-")
    with tarfile.open(fileobj=request.files["archive"].stream, mode="r:*") as tf:
        tf.extractall(workdir, filter="data")  # ok: path-traversal
    return jsonify({"ok": True, "dir": os.path.basename(workdir)}), 201


@bp.delete("/<path:key>")
@login_required
def delete_file(key):
    if not key.startswith(user_prefix()):
        abort(403)
    try:
        s3.delete_object(Bucket=BUCKET, Key=key)
    except ClientError as exc:
        log.error("delete failed for %s: %s", key, exc)
        abort(502)
    return "", 204
