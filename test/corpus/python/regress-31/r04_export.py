# corpus: path=app/reports/export.py
import csv
import json
import os

from flask import Blueprint, current_app, jsonify, request, send_file
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from ..models import Report

bp = Blueprint("report_export", __name__)


def _export_dir():
    path = os.path.join(current_app.instance_path, "exports", str(current_user.id))
    os.makedirs(path, exist_ok=True)
    return path


@bp.post("/reports/<int:report_id>/export")
@login_required
def export_report(report_id):
    fmt = request.form.get("format", "csv")
    filename = request.form.get("filename") or f"report-{report_id}"
    report = Report.query.filter_by(id=report_id, owner_id=current_user.id).first_or_404()
    rows = report.rows()
    columns = report.columns()
    export_dir = _export_dir()

    if fmt == "csv":
        path = os.path.join(export_dir, secure_filename(filename) + ".csv")
        with open(path, "w", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=columns)
            writer.writeheader()
            writer.writerows(rows)
    elif fmt == "json":
        path = os.path.join(export_dir, filename + ".json")
        with open(path, "w") as fh:  # expect: path-traversal
            json.dump({"columns": columns, "rows": rows}, fh, default=str)
    elif fmt == "ndjson":
        path = os.path.join(export_dir, secure_filename(filename) + ".ndjson")
        with open(path, "w") as fh:  # ok: path-traversal
            for row in rows:
                fh.write(json.dumps(row, default=str) + "\n")
    else:
        return jsonify({"error": f"unknown format {fmt!r}"}), 400

    report.last_exported_path = path
    report.save()
    return send_file(path, as_attachment=True)


@bp.get("/reports/exports")
@login_required
def list_exports():
    export_dir = _export_dir()
    files = sorted(os.listdir(export_dir))
    return jsonify({"files": files})
