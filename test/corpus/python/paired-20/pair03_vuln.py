# corpus: path=app/orders/views.py
import sqlite3

from flask import Blueprint, g, jsonify, request

bp = Blueprint("orders", __name__)


@bp.get("/orders")
def orders():
    filters = {}
    filters["status"] = "shipped"
    filters["customer"] = request.args.get("customer", "")
    cur = g.db.cursor()
    cur.execute("SELECT id, total FROM orders WHERE status = '%s'" % filters["customer"])  # expect: sql-injection
    return jsonify(cur.fetchall())
