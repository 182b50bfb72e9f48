# corpus: path=analytics/reports.py
import csv
import io
import os

from flask import Blueprint, Response, abort, request, send_file

bp = Blueprint("reports", __name__)
REPORT_DIR = "/srv/reports"
ALLOWED = {"daily", "weekly", "monthly"}


@bp.get("/reports/<kind>")
def report(kind):
    if kind not in ALLOWED:
        abort(404)
    return send_file(os.path.join(REPORT_DIR, kind + ".csv"), mimetype="text/csv")


@bp.get("/reports/archive/<path:name>")
def archived(name):
    full = os.path.normpath(os.path.join(REPORT_DIR, "archive", name))
    return send_file(full, mimetype="text/csv")  # expect: path-traversal


@bp.get("/reports/custom")
def custom():
    columns = request.args.getlist("col")
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(columns)
    return Response(buf.getvalue(), mimetype="text/csv")


@bp.get("/reports/custom.html")
def custom_html():
    columns = request.args.getlist("col")
    cells = "".join("<th>" + c + "</th>" for c in columns)
    return Response("<table><tr>" + cells + "</tr></table>", mimetype="text/html")  # expect: xss
