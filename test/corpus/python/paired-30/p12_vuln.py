# corpus: path=app/reports/downloads.py
import os

from flask import Blueprint, request, send_file

bp = Blueprint("report_downloads", __name__)
REPORT_DIR = "/srv/reports/monthly"


@bp.get("/reports/monthly")
def monthly_report():
    name = request.args.get("report", "")
    return send_file(os.path.join(REPORT_DIR, name))  # expect: path-traversal
