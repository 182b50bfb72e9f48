# corpus: path=reports/views.py
from datetime import date

from flask import Blueprint, abort, jsonify, request
from sqlalchemy import text

from reports.db import engine, session_scope
from reports.auth import login_required

bp = Blueprint("reports", __name__, url_prefix="/reports")

ALLOWED_SORT = {"created_at", "amount", "customer"}


@bp.get("/invoices")
@login_required
def list_invoices():
    status = request.args.get("status", "open")
    sort = request.args.get("sort", "created_at")
    if sort not in ALLOWED_SORT:
        sort = "created_at"
    with engine.connect() as conn:
        rows = conn.execute(  # ok: sql-injection
            text(f"SELECT id, customer, amount FROM invoices WHERE status = :status ORDER BY {sort}"),
            {"status": status},
        ).mappings().all()
    return jsonify([dict(r) for r in rows])


@bp.get("/invoices/search")
@login_required
def search_invoices():
    term = request.args.get("q", "")
    customer = request.args.get("customer", "")
    query = "SELECT id, customer, amount FROM invoices WHERE customer = '%s'" % customer
    if term:
        query += " AND memo LIKE '%%" + term + "%%'"
    with engine.connect() as conn:
        rows = conn.execute(text(query)).mappings().all()  # expect: sql-injection
    return jsonify([dict(r) for r in rows])


@bp.get("/invoices/<int:invoice_id>")
@login_required
def get_invoice(invoice_id):
    with session_scope() as session:
        row = session.execute(  # ok: sql-injection
            text("SELECT * FROM invoices WHERE id = :id"), {"id": invoice_id}
        ).first()
    if row is None:
        abort(404)
    return jsonify(dict(row._mapping))


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
