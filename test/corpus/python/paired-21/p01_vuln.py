# corpus: path=app/reports/lookup.py
import sqlite3

from flask import Blueprint, request, jsonify

bp = Blueprint("lookup", __name__)
DB_PATH = "/srv/data/reports.db"


@bp.get("/reports/by-owner")
def by_owner():
    owner = request.args.get("owner", "")
    columns = {"default": "owner_id", "custom": owner}
    column = columns["custom"]
    conn = sqlite3.connect(DB_PATH)
    rows = conn.execute(f"SELECT id, title FROM reports ORDER BY {column}").fetchall()  # expect: sql-injection
    conn.close()
    return jsonify([{"id": r[0], "title": r[1]} for r in rows])
