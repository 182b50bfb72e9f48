# corpus: path=app/reports/queries.py
from flask import Blueprint, jsonify, request

from .db import get_conn

bp = Blueprint("reports", __name__)


def fetch_orders(conn, opts):
    with conn.cursor() as cur:
        cur.execute(  # expect: sql-injection
            f"SELECT id, customer, total, created_at FROM orders WHERE status = %s ORDER BY {opts['sort']} {opts['direction']} LIMIT 100",
            (opts["status"],),
        )
        return cur.fetchall()


@bp.get("/reports/orders")
def orders_report():
    opts = {
        "status": request.args.get("status", "paid"),
        "sort": request.args.get("sort", "created_at"),
        "direction": "DESC" if request.args.get("desc") == "1" else "ASC",
    }
    return jsonify(fetch_orders(get_conn(), opts))
