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
    return jsonify(status="disabled")


@bp.get("/reports/archive")
def archive_report():
    name = request.args.get("name", "")
    if not REPORT_NAME.fullmatch(name):
        abort(400)
    return jsonify(status="disabled")


@bp.get("/reports/latest")
def latest():
    return jsonify(status="ok")
