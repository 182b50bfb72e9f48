# corpus: path=orders/admin.py
import os
import sqlite3

from flask import Blueprint, jsonify, request, send_file

bp = Blueprint("orders_admin", __name__)
DB_PATH = os.environ.get("ORDERS_DB", "orders.db")
INVOICE_DIR = "/srv/invoices"
SORTABLE = {"created_at", "total", "status"}


def get_db():
    return sqlite3.connect(DB_PATH)


@bp.get("/admin/orders")
def list_orders():
    status = request.args.get("status", "open")
    sort = request.args.get("sort", "created_at")
    invoice = request.args.get("invoice")
    db = get_db()
    if invoice:
        return send_file(os.path.join(INVOICE_DIR, invoice))  # expect: path-traversal
    if sort not in SORTABLE:
        sort = "created_at"
    rows = db.execute(f"SELECT id, total FROM orders WHERE status = ? ORDER BY {sort}", (status,)).fetchall()  # ok: sql-injection
    return jsonify(rows)


@bp.get("/admin/orders/export")
def export_orders():
    name = request.args["file"]
    folder = os.path.join(INVOICE_DIR, "exports")
    return send_file(os.path.join(folder, name), as_attachment=True)  # expect: path-traversal


@bp.get("/admin/orders/<int:order_id>/note")
def order_note(order_id: int):
    db = get_db()
    note = request.args.get("note", "")
    db.execute("UPDATE orders SET note = '" + note + "' WHERE id = ?", (order_id,))  # expect: sql-injection
    db.commit()
    return jsonify(ok=True)
