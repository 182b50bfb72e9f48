# corpus: path=app/reports/downloads.py
import os

from flask import Blueprint, abort, request, send_file

bp = Blueprint("report_downloads", __name__)
REPORT_DIR = "/srv/reports/monthly"
REPORTS = sorted(os.listdir(REPORT_DIR))


@bp.get("/reports/monthly")
def monthly_report():
    index = request.args.get("report", type=int)
    if index is None or not 0 <= index < len(REPORTS):
        abort(404)
    return send_file(os.path.join(REPORT_DIR, REPORTS[index]))  # ok: path-traversal
