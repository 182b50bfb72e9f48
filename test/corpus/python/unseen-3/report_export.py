# corpus: path=reports/views.py
import os
import re

from flask import Blueprint, abort, jsonify, request, send_file

bp = Blueprint("reports", __name__)
EXPORT_DIR = "/srv/exports"
REPORT_NAME = re.compile(r"^[a-z0-9_-]{1,64}\.csv$")


@bp.get("/reports/download")
def download_report():
    filename = request.args.get("file", "")
    owner = request.args.get("owner", "")
    if not owner:
        abort(400)
    path = os.path.join(EXPORT_DIR, owner, filename)
    return send_file(path, as_attachment=True)  # expect: path-traversal


@bp.get("/reports/archive")
def archive_report():
    name = request.args.get("name", "")
    if not REPORT_NAME.fullmatch(name):
        abort(400)
    with open(os.path.join(EXPORT_DIR, "archive", name), "rb") as fh:  # ok: path-traversal
        data = fh.read()
    return data, 200, {"Content-Type": "text/csv"}


@bp.get("/reports/latest")
def latest():
    return jsonify(status="ok")
