# corpus: path=app/reports/sql.py
import re

from flask import Flask, abort, jsonify, request

from app.db import get_conn

app = Flask(__name__)


@app.get("/reports/sorted")
def sorted_report():
    column = request.args.get("sort", "created_at")
    if not re.fullmatch(r"[a-z_]{1,30}", column):
        abort(400)
    with get_conn() as conn:
        rows = conn.execute(f"SELECT id, title FROM reports ORDER BY {column}").fetchall()  # ok: sql-injection
    return jsonify(rows)
