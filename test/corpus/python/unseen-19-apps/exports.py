# corpus: path=reports/exports.py
import csv
import io
import logging
import os
import shutil
import subprocess
import zipfile
from datetime import datetime, timedelta

import requests
from flask import Blueprint, abort, current_app, jsonify, redirect, request, send_file, url_for
from sqlalchemy import text
from werkzeug.utils import secure_filename

from ..db import session
from ..models import Export, Report
from ..auth import login_required, current_user

log = logging.getLogger(__name__)
bp = Blueprint("exports", __name__, url_prefix="/exports")

EXPORT_ROOT = "/srv/exports"
ALLOWED_FORMATS = {"csv", "xlsx", "pdf"}
SORT_COLUMNS = {"created": "created_at", "name": "title", "size": "byte_size"}


def _export_dir(account_id: int) -> str:
    return os.path.join(EXPORT_ROOT, str(account_id))


@bp.get("/")
@login_required
def list_exports():
    sort = request.args.get("sort", "created")
    column = SORT_COLUMNS.get(sort, "created_at")
    rows = session.execute(
        text(f"SELECT id, title, created_at FROM exports WHERE account_id = :a ORDER BY {column} DESC"),  # ok: sql-injection
        {"a": current_user.account_id},
    ).fetchall()
    return jsonify([dict(r._mapping) for r in rows])


@bp.get("/search")
@login_required
def search_exports():
    term = request.args.get("q", "")
    direction = request.args.get("dir", "asc")
    query = (
        "SELECT id, title FROM exports WHERE account_id = %d AND title LIKE '%%%s%%' ORDER BY title %s"
        % (current_user.account_id, term, direction)
    )
    rows = session.execute(text(query)).fetchall()  # expect: sql-injection
    return jsonify([dict(r._mapping) for r in rows])


@bp.get("/<int:export_id>/download")
@login_required
def download(export_id: int):
    export = Export.query.get_or_404(export_id)
    if export.account_id != current_user.account_id:
        abort(404)
    name = request.args.get("name") or export.filename
    target = os.path.join(_export_dir(export.account_id), name)
    return send_file(target, as_attachment=True)  # expect: path-traversal


@bp.get("/<int:export_id>/preview")
@login_required
def preview(export_id: int):
    export = Export.query.get_or_404(export_id)
    name = secure_filename(request.args.get("name", export.filename))
    return send_file(os.path.join(_export_dir(export.account_id), name))  # ok: path-traversal


@bp.post("/bundle")
@login_required
def bundle():
    files = request.json.get("files", [])
    label = request.json.get("label", "bundle")
    out = os.path.join(_export_dir(current_user.account_id), f"{secure_filename(label)}.zip")
    with zipfile.ZipFile(out, "w") as zf:
        for name in files:
            zf.write(os.path.join(_export_dir(current_user.account_id), secure_filename(name)), arcname=name)
    subprocess.run(["gzip", "-k", out], check=True)  # ok: command-injection
    return jsonify({"path": out})


@bp.post("/convert")
@login_required
def convert():
    src = request.form["source"]
    fmt = request.form.get("format", "pdf")
    if fmt not in ALLOWED_FORMATS:
        abort(400)
    cmd = f"libreoffice --headless --convert-to {fmt} {src} --outdir {EXPORT_ROOT}"
    subprocess.check_call(cmd, shell=True)  # expect: command-injection
    return jsonify({"ok": True})


@bp.post("/webhook-test")
@login_required
def webhook_test():
    hook = request.json["url"]
    payload = {"event": "export.ready", "at": datetime.utcnow().isoformat()}
    resp = requests.post(hook, json=payload, timeout=5)  # expect: ssrf
    return jsonify({"status": resp.status_code})


@bp.get("/done")
def done():
    back = request.args.get("next", "")
    if back.startswith("/") and not back.startswith("//"):
        return redirect(back)  # ok: open-redirect
    return redirect(url_for("exports.list_exports"))


@bp.get("/continue")
def continue_flow():
    return redirect(request.args.get("return_to", "/"))  # expect: open-redirect


def purge_old(days: int = 30) -> int:
    cutoff = datetime.now() - timedelta(days=days)
    removed = 0
    for export in Export.query.filter(Export.created_at < cutoff).all():
        path = os.path.join(_export_dir(export.account_id), export.filename)
        if os.path.exists(path):
            os.remove(path)
            removed += 1
        session.delete(export)
    session.commit()
    log.info("purged %d exports older than %s", removed, cutoff)
    return removed


def write_csv(rows, columns):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns)
    writer.writeheader()
    for row in rows:
        writer.writerow({c: row.get(c, "") for c in columns})
    return buf.getvalue()


def archive_account(account_id: int) -> str:
    base = _export_dir(account_id)
    return shutil.make_archive(base, "gztar", root_dir=base)
