# corpus: path=app/shop/orders.py
import csv
import io
from datetime import date

from flask import Blueprint, Response, abort, jsonify, request
from flask_login import current_user, login_required

from ..db import get_db

bp = Blueprint("orders", __name__, url_prefix="/orders")

PAGE_SIZE = 50
CSV_FIELDS = ["number", "status", "total", "placed_at"]


def _serialize(row):
    return {
        "id": row["id"],
        "number": row["number"],
        "status": row["status"],
        "total": str(row["total"]),
        "placed_at": row["placed_at"].isoformat(),
    }


def _since_param():
    since = request.args.get("since")
    if not since:
        return None
    try:
        return date.fromisoformat(since)
    except ValueError:
        abort(400, "since must be an ISO date")


@bp.get("/")
@login_required
def list_orders():
    page = request.args.get("page", 1, type=int)
    sql = f"""
        SELECT id, number, status, total, placed_at
        FROM orders
        WHERE shop_id = {int(current_user.shop_id)}
    """
    since = _since_param()
    if since:
        sql += f" AND placed_at >= '{since.isoformat()}'"
    status = request.args.get("status")
    if status:
        sql += f" AND status = '{status}'"  # expect: sql-injection
    if request.args.get("unpaid") == "1":
        sql += " AND paid_at IS NULL"
    if request.args.get("flagged") == "1":
        sql += " AND fraud_score > 0.8"
    sql += " ORDER BY placed_at DESC LIMIT %s OFFSET %s"
    rows = get_db().execute(sql, (PAGE_SIZE, (page - 1) * PAGE_SIZE)).fetchall()  # also: sql-injection
    return jsonify([_serialize(r) for r in rows])


@bp.get("/export.csv")
@login_required
def export_orders():
    sql = (
        "SELECT number, status, total, placed_at FROM orders "
        "WHERE shop_id = %s"
    )
    params = [current_user.shop_id]
    since = _since_param()
    if since:
        sql += " AND placed_at >= %s"
        params.append(since)
    status = request.args.get("status")
    if status:
        sql += " AND status = %s"  # ok: sql-injection
        params.append(status)
    sql += " ORDER BY placed_at"
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_FIELDS)
    for row in get_db().execute(sql, params):
        writer.writerow([row[f] for f in CSV_FIELDS])
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=orders.csv"},
    )
