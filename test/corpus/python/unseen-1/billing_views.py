# corpus: path=billing/views.py
from flask import Blueprint, current_app, jsonify, request

from .service import BillingService

bp = Blueprint("billing", __name__)


def service() -> BillingService:
    return BillingService(current_app.extensions["db"])


@bp.get("/billing/invoices")
def invoices():
    rows = service().find_invoices(request.args["customer"], request.args.get("order_by", "id"))
    return jsonify(rows)


@bp.post("/billing/invoices/<int:invoice_id>/notify")
def notify(invoice_id: int):
    service().notify(request.json["callback_url"], invoice_id)
    return jsonify(queued=True)
