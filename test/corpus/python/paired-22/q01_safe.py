# corpus: path=app/search/views.py
import sqlite3

from flask import Blueprint, jsonify, request

bp = Blueprint("search", __name__)


@bp.post("/search/customers")
def search_customers():
    term = request.form.get("term", "")
    filters = ["active = 1"]
    params = []
    filters.append("name LIKE ?")
    params.append(f"%{term}%")
    where = " AND ".join(filters)
    with sqlite3.connect("/srv/crm.db") as conn:
        rows = conn.execute(f"SELECT id, name FROM customers WHERE {where}", params).fetchall()  # ok: sql-injection
    return jsonify(rows)
