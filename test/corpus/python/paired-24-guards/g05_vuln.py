# corpus: path=app/reports/sql.py
from flask import Flask, jsonify, request

from app.db import get_conn

app = Flask(__name__)


@app.get("/reports/sorted")
def sorted_report():
    column = request.args.get("sort", "created_at")
    with get_conn() as conn:
        rows = conn.execute(f"SELECT id, title FROM reports ORDER BY {column}").fetchall()  # expect: sql-injection
    return jsonify(rows)
