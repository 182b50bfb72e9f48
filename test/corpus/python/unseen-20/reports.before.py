import csv
import io
import os
import subprocess
from datetime import date

from flask import Blueprint, abort, current_app, jsonify, request, send_file
from sqlalchemy import text

from ..auth import login_required
from ..db import db

bp = Blueprint("reports", __name__, url_prefix="/reports")

EXPORT_DIR = "/var/lib/app/exports"
FORMATS = {"csv", "xlsx", "pdf"}


@bp.get("/daily")
@login_required
def daily():
    day = request.args.get("day", date.today().isoformat())
    region = request.args.get("region", "eu")
    fmt = request.args.get("format", "csv")
    rows = db.session.execute(
        text("SELECT sku, qty FROM sales WHERE day = :day AND region = :region"),
        {"day": day, "region": region},
    ).fetchall()
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    return buf.getvalue(), 200, {"Content-Type": "text/csv"}


@bp.get("/download")
@login_required
def download():
    name = request.args.get("name", "")
    return send_file(os.path.join(EXPORT_DIR, os.path.basename(name)))


@bp.post("/render")
@login_required
def render_report():
    payload = request.get_json(force=True)
    report_id = payload.get("report_id")
    title = payload.get("title", "Report")
    out = os.path.join(EXPORT_DIR, f"{int(report_id)}.pdf")
    subprocess.run(["wkhtmltopdf", "--title", title, f"http://localhost:8000/reports/{int(report_id)}/html", out], check=True)
    return jsonify({"file": os.path.basename(out)})


@bp.get("/summary")
@login_required
def summary():
    return jsonify({"ok": True})
