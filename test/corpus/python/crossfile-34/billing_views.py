# corpus: path=billing/api/invoices.py changeset=billing
"""Invoice endpoints for the customer portal."""
from flask import Blueprint, abort, jsonify, request, send_file

from billing.services.invoices import InvoiceService
from billing.services.archive import ArchiveTool
from billing.services.notify import notifier

bp = Blueprint("invoices", __name__, url_prefix="/api/invoices")
invoices = InvoiceService()


@bp.get("/search")
def search():
    term = request.args.get("q", "")
    rows = invoices.search(term)
    return jsonify([dict(r) for r in rows])


@bp.get("/<int:invoice_id>")
def show(invoice_id):
    row = invoices.get(invoice_id)
    if row is None:
        abort(404)
    return jsonify(dict(row))


@bp.get("/export")
def export():
    name = request.args["file"]
    return send_file(invoices.export_path(name), as_attachment=True)  # expect: path-traversal


@bp.get("/export-checked")
def export_checked():
    name = request.args["file"]
    return send_file(invoices.safe_export_path(name), as_attachment=True)  # ok: path-traversal


@bp.post("/archive")
def archive():
    folder = request.form["folder"]
    output = ArchiveTool.pack(folder)
    return jsonify({"archive": output})


@bp.post("/archive-listing")
def archive_listing():
    folder = request.form["folder"]
    return jsonify({"files": ArchiveTool.listing(folder)})


@bp.post("/webhook-test")
def webhook_test():
    payload = request.get_json(force=True)
    status = notifier.ping(payload["callback_url"])
    return jsonify({"status": status})


@bp.post("/webhook-known")
def webhook_known():
    payload = request.get_json(force=True)
    status = notifier.ping_partner(payload["partner"])
    return jsonify({"status": status})
