from datetime import date

from flask import Blueprint, abort, jsonify, request
from sqlalchemy import text

from reports.db import engine, session_scope
from reports.auth import login_required

bp = Blueprint("reports", __name__, url_prefix="/reports")

ALLOWED_SORT = {"created_at", "amount", "customer"}


@bp.get("/invoices/search")
@login_required
def search_invoices():
@bp.get("/summary")
@login_required
def summary():
    start = request.args.get("from") or date.today().replace(day=1).isoformat()
    with engine.connect() as conn:
        total = conn.execute(
            text("SELECT COALESCE(SUM(amount), 0) FROM invoices WHERE created_at >= :start"),
            {"start": start},
        ).scalar_one()
    return jsonify({"from": start, "total": float(total)})
