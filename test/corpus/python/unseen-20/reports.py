# corpus: path=app/reports/views.py
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
    if request.args.get("group_by"):
        group_by = request.args["group_by"]
        rows = db.session.execute(text(f"SELECT {group_by}, SUM(qty) FROM sales WHERE day = :day GROUP BY {group_by}"), {"day": day}).fetchall()  # expect: sql-injection
    if fmt not in FORMATS:
        abort(400)
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    return buf.getvalue(), 200, {"Content-Type": "text/csv"}


@bp.get("/download")
@login_required
def download():
    name = request.args.get("name", "")
    if request.args.get("archive"):
        return send_file(os.path.join(EXPORT_DIR, "archive", name))  # expect: path-traversal
    return send_file(os.path.join(EXPORT_DIR, os.path.basename(name)))


@bp.post("/render")
@login_required
def render_report():
    payload = request.get_json(force=True)
    report_id = payload.get("report_id")
    title = payload.get("title", "Report")
    out = os.path.join(EXPORT_DIR, f"{int(report_id)}.pdf")
    cmd = f"wkhtmltopdf --title '{title}' http://localhost:8000/reports/{int(report_id)}/html {out}"
    subprocess.run(cmd, shell=True, check=True)  # expect: command-injection
    subprocess.run(["gzip", "-k", out], check=True)  # ok: command-injection
    return jsonify({"file": os.path.basename(out)})


@bp.get("/summary")
@login_required
def summary():
    region = request.args.get("region", "eu")
    pages = request.args.get("pages", "10")
    limit = int(pages)
    rows = db.session.execute(text(f"SELECT region, SUM(qty) FROM sales WHERE region = :r GROUP BY region LIMIT {limit}"), {"r": region}).fetchall()  # ok: sql-injection
    formula = request.args.get("formula")
    if formula:
        total = eval(formula, {"__builtins__": {}}, {"rows": rows})  # expect: code-injection
        return jsonify({"total": total})
    return jsonify({"rows": [list(r) for r in rows]})
