# corpus: path=app/api/invoices.py
import logging

from flask import Blueprint, jsonify

from app.billing import render_invoice_pdf

bp = Blueprint("invoices", __name__)
log = logging.getLogger(__name__)


@bp.get("/invoices/<int:invoice_id>/pdf")
def invoice_pdf(invoice_id):
    try:
        return render_invoice_pdf(invoice_id)
    except Exception:
        log.exception("invoice %s failed to render", invoice_id)
        return jsonify({"error": "render failed"}), 500  # ok: error-exposure
