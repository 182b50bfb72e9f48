# corpus: path=app/api/orders.py
from flask import Blueprint, jsonify, request

from app.db import get_conn

bp = Blueprint("orders", __name__)


@bp.post("/orders/archive")
def archive_orders():
    ids = [str(int(item["id"])) for item in request.get_json()["orders"]]
    with get_conn() as conn:
        conn.execute(f"UPDATE orders SET archived = 1 WHERE id IN ({', '.join(ids)})")  # ok: sql-injection
    return jsonify(archived=len(ids))
