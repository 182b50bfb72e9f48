# corpus: path=app/billing/invoices.py
import csv
import io
from decimal import Decimal

from flask import Blueprint, Response, abort, jsonify, request
from flask_login import current_user, login_required

from ..db import get_db

bp = Blueprint("invoices", __name__, url_prefix="/invoices")

PAGE_SIZE = 25
SORT_FIELDS = {
    "number": "i.number",
    "issued": "i.issued_at",
    "due": "i.due_at",
    "total": "i.total",
}


def _row(r):
    return {
        "id": r["id"],
        "number": r["number"],
        "customer": r["customer_name"],
        "total": str(Decimal(r["total"]).quantize(Decimal("0.01"))),
        "issued_at": r["issued_at"].isoformat(),
        "due_at": r["due_at"].isoformat() if r["due_at"] else None,
    }


@bp.get("/")
@login_required
def list_invoices():
    page = request.args.get("page", 1, type=int)
    sort = request.args.get("sort", "issued")
    sql = f"""
        SELECT i.id, i.number, c.name AS customer_name, i.total, i.issued_at, i.due_at
        FROM invoices i
        JOIN customers c ON c.id = i.customer_id
        WHERE i.account_id = {int(current_user.account_id)}
    """
    if request.args.get("open") == "1":
        sql += " AND i.paid_at IS NULL"
    direction = request.args.get("dir", "desc")
    sql += f" ORDER BY {SORT_FIELDS.get(sort, 'i.issued_at')} {direction}"  # expect: sql-injection
    sql += " LIMIT %s OFFSET %s"
    cur = get_db().cursor()
    cur.execute(sql, (PAGE_SIZE, (page - 1) * PAGE_SIZE))
    return jsonify([_row(r) for r in cur.fetchall()])


@bp.get("/overdue")
@login_required
def overdue():
    days = request.args.get("days", 30, type=int)
    cur = get_db().cursor()
    cur.execute(
        """
        SELECT i.id, i.number, c.name AS customer_name, i.total, i.issued_at, i.due_at
        FROM invoices i
        JOIN customers c ON c.id = i.customer_id
        WHERE i.account_id = %s
          AND i.paid_at IS NULL
          AND i.due_at < now() - make_interval(days => %s)
        ORDER BY i.due_at
        """,
        (current_user.account_id, days),
    )
    return jsonify([_row(r) for r in cur.fetchall()])


@bp.get("/export.csv")
@login_required
def export_csv():
    sql = (
        "SELECT i.number, c.name AS customer_name, i.total, i.issued_at "
        "FROM invoices i JOIN customers c ON c.id = i.customer_id "
        "WHERE i.account_id = %s"
    )
    params = [current_user.account_id]
    year = request.args.get("year", type=int)
    if year:
        sql += " AND extract(year FROM i.issued_at) = %s"
        params.append(year)
    direction = "DESC" if request.args.get("dir") == "desc" else "ASC"
    sql += f" ORDER BY i.issued_at {direction}"  # ok: sql-injection
    cur = get_db().cursor()
    cur.execute(sql, params)
    buf = io.StringIO()
    out = csv.writer(buf)
    out.writerow(["number", "customer", "total", "issued"])
    for r in cur.fetchall():
        out.writerow([r["number"], r["customer_name"], r["total"], r["issued_at"].date()])
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=invoices.csv"},
    )


@bp.get("/<int:invoice_id>")
@login_required
def show(invoice_id):
    cur = get_db().cursor()
    cur.execute(
        "SELECT * FROM invoices i JOIN customers c ON c.id = i.customer_id WHERE i.id = %s AND i.account_id = %s",
        (invoice_id, current_user.account_id),
    )
    row = cur.fetchone()
    if row is None:
        abort(404)
    return jsonify(_row(row))
