# corpus: path=billing/views.py
import hashlib
import logging
import subprocess
from decimal import Decimal

import requests
import yaml
from flask import Blueprint, abort, current_app, jsonify, redirect, request, send_file, url_for
from werkzeug.utils import safe_join

from .db import get_connection
from .models import Invoice, User
from .urls import is_safe_redirect

bp = Blueprint("billing", __name__, url_prefix="/billing")
log = logging.getLogger(__name__)

EXPORT_ROOT = "/srv/billing/exports"


@bp.get("/invoices")
def list_invoices():
    customer = request.args.get("customer", "")
    status = request.args.get("status", "open")
    conn = get_connection()
    cur = conn.cursor()
    query = f"SELECT id, total, status FROM invoices WHERE customer_id = '{customer}'"
    if status:
        query += " AND status = '%s'" % status
    cur.execute(query)  # expect: sql-injection
    rows = cur.fetchall()
    return jsonify([{"id": r[0], "total": str(r[1]), "status": r[2]} for r in rows])


@bp.get("/invoices/<int:invoice_id>")
def invoice_detail(invoice_id):
    conn = get_connection()
    cur = conn.cursor()
    cur.execute("SELECT id, total FROM invoices WHERE id = %s", (invoice_id,))  # ok: sql-injection
    row = cur.fetchone()
    if row is None:
        abort(404)
    return jsonify({"id": row[0], "total": str(row[1])})


@bp.get("/exports/<name>")
def download_export(name):
    path = f"{EXPORT_ROOT}/{name}"
    return send_file(path, as_attachment=True)  # expect: path-traversal


@bp.get("/exports/safe/<name>")
def download_export_safe(name):
    target = safe_join(EXPORT_ROOT, name)
    if target is None:
        abort(404)
    return send_file(target, as_attachment=True)  # ok: path-traversal


@bp.post("/pdf")
def render_pdf():
    invoice_id = request.form["invoice_id"]
    template = request.form.get("template", "default")
    out = f"/tmp/invoice-{invoice_id}.pdf"
    subprocess.run(f"wkhtmltopdf templates/{template}.html {out}", shell=True, check=True)  # expect: command-injection
    return send_file(out)


@bp.post("/pdf/v2")
def render_pdf_v2():
    invoice_id = int(request.form["invoice_id"])
    out = f"/tmp/invoice-{invoice_id}.pdf"
    subprocess.run(["wkhtmltopdf", "templates/default.html", out], check=True)  # ok: command-injection
    return send_file(out)


@bp.get("/done")
def checkout_done():
    next_url = request.args.get("next") or url_for("billing.list_invoices")
    return redirect(next_url)  # expect: open-redirect


@bp.get("/done/v2")
def checkout_done_v2():
    next_url = request.args.get("next")
    if not next_url or not is_safe_redirect(next_url, request.host):
        next_url = url_for("billing.list_invoices")
    return redirect(next_url)  # ok: open-redirect


@bp.post("/webhooks/rates")
def import_rates():
    doc = yaml.load(request.data, Loader=yaml.Loader)  # expect: unsafe-deserialization
    for code, rate in doc.get("rates", {}).items():
        current_app.config["RATES"][code] = Decimal(str(rate))
    return "", 204


@bp.post("/webhooks/rates/v2")
def import_rates_v2():
    doc = yaml.safe_load(request.data)  # ok: unsafe-deserialization
    return jsonify(sorted(doc.get("rates", {})))


@bp.post("/logo")
def fetch_logo():
    url = request.json["logo_url"]
    resp = requests.get(url, timeout=5)  # expect: ssrf
    return resp.content, 200, {"Content-Type": resp.headers.get("Content-Type", "image/png")}


def invoice_etag(invoice: Invoice) -> str:
    payload = f"{invoice.id}:{invoice.updated_at.isoformat()}".encode()
    return hashlib.md5(payload).hexdigest()  # ok: weak-hash


def set_billing_pin(user: User, pin: str) -> None:
    user.billing_pin_hash = hashlib.md5(pin.encode()).hexdigest()  # expect: weak-hash
    user.save()
    log.info("billing pin changed for %s", user.id)
