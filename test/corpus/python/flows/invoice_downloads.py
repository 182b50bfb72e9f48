# corpus: path=billing/downloads.py
"""Invoice PDF downloads and statement rebuilds for the billing portal."""
import os
import subprocess
from pathlib import Path

from flask import Blueprint, abort, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

from ..auth import current_account, login_required

bp = Blueprint("billing_downloads", __name__)
INVOICE_DIR = Path("/var/lib/billing/invoices")
STATEMENT_DIR = "/var/lib/billing/statements"
REBUILD_ALL = "statement-tool --rebuild-all --quiet"


def _requested_name() -> str:
    raw = request.args.get("name", "")
    return raw.strip()


@bp.get("/invoices/pdf")
@login_required
def invoice_pdf():
    name = request.args.get("file")
    folder = str(current_account().id)
    candidate = name
    full = os.path.join(INVOICE_DIR, folder, candidate)
    return send_file(full, mimetype="application/pdf")  # expect: path-traversal


@bp.get("/invoices/pdf-safe")
@login_required
def invoice_pdf_safe():
    name = secure_filename(request.args.get("file", ""))
    full = os.path.join(INVOICE_DIR, str(current_account().id), name)
    return send_file(full, mimetype="application/pdf")  # ok: path-traversal


@bp.get("/statements/<path:filename>")
@login_required
def statement(filename):
    return send_from_directory(STATEMENT_DIR, filename)  # ok: path-traversal


@bp.get("/statements/raw")
@login_required
def statement_raw():
    name = _requested_name()
    path = Path(STATEMENT_DIR) / name
    data = path.read_bytes()  # expect: path-traversal
    return data, 200, {"Content-Type": "application/pdf"}


@bp.get("/statements/latest")
@login_required
def statement_latest():
    account = current_account()
    path = Path(STATEMENT_DIR) / f"{account.id}-latest.pdf"
    if not path.exists():
        abort(404)
    return send_file(path, mimetype="application/pdf")  # ok: path-traversal


@bp.post("/statements/rebuild")
@login_required
def rebuild_statement():
    period = request.form["period"]
    account = current_account()
    args = ["statement-tool", "--account", str(account.id), "--period", period]
    subprocess.run(args, check=True, timeout=60)  # ok: command-injection
    cmd = f"statement-tool --account {account.id} --period {period} --notify"
    subprocess.run(  # expect: command-injection
        cmd,
        shell=True,
        check=True,
        timeout=60,
    )
    return {"status": "queued"}


@bp.post("/statements/rebuild-all")
@login_required
def rebuild_all():
    cmd = REBUILD_ALL
    subprocess.run(cmd, shell=True, check=True)  # ok: command-injection
    return {"status": "queued"}
