# corpus: path=admin/log_viewer.py
import os
import shutil
import tarfile
import zipfile

from flask import Blueprint, request

bp = Blueprint("logs", __name__)
LOG_ROOT = "/var/log/app"


@bp.get("/logs/tail")
def tail():
    service = request.args["service"]
    logfile = LOG_ROOT + "/" + service + ".log"
    with open(logfile, encoding="utf-8", errors="replace") as fh:  # expect: path-traversal
        lines = fh.readlines()[-200:]
    return {"lines": lines}


@bp.post("/logs/import")
def import_bundle():
    bundle = request.files["bundle"]
    dest = os.path.join(LOG_ROOT, "imported")
    with zipfile.ZipFile(bundle.stream) as zf:
        zf.extractall(dest)  # ok: path-traversal
    return {"ok": True}


@bp.post("/logs/import-tar")
def import_tar():
    bundle = request.files["bundle"]
    dest = os.path.join(LOG_ROOT, "imported")
    with tarfile.open(fileobj=bundle.stream, mode="r:gz") as tf:
        tf.extractall(dest, filter="data")  # ok: path-traversal
    return {"ok": True}


@bp.post("/logs/rotate")
def rotate():
    for name in os.listdir(LOG_ROOT):
        if name.endswith(".log"):
            shutil.move(os.path.join(LOG_ROOT, name), os.path.join(LOG_ROOT, "old", name))  # ok: path-traversal
    return {"ok": True}
