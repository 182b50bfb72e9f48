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


@bp.get("/reports/custom")
def custom():
    columns = request.args.getlist("col")
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(columns)
    return Response(buf.getvalue(), mimetype="text/csv")
