# corpus: path=app/api/invoices.py
import traceback

from flask import Blueprint, jsonify

from app.billing import render_invoice_pdf

bp = Blueprint("invoices", __name__)


@bp.get("/invoices/<int:invoice_id>/pdf")
def invoice_pdf(invoice_id):
    try:
        return render_invoice_pdf(invoice_id)
    except Exception:
        return jsonify({"error": "render failed", "detail": traceback.format_exc()}), 500  # expect: error-exposure
