import os
import sqlite3

from flask import Blueprint, jsonify, request, send_file

bp = Blueprint("orders_admin", __name__)
DB_PATH = os.environ.get("ORDERS_DB", "orders.db")
INVOICE_DIR = "/srv/invoices"


def get_db():
    return sqlite3.connect(DB_PATH)


@bp.get("/admin/orders")
def list_orders():
    status = request.args.get("status", "open")
    sort = request.args.get("sort", "created_at")
    invoice = request.args.get("invoice")
    db = get_db()
    rows = db.execute("SELECT id, total FROM orders WHERE status = ?", (status,)).fetchall()
    return jsonify(rows)


@bp.get("/admin/orders/export")
def export_orders():
    name = request.args["file"]
    folder = os.path.join(INVOICE_DIR, "exports")
    return jsonify({"folder": folder})
